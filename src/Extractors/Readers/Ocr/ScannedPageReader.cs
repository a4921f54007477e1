using System.Globalization;
using ThiDua.Extractors.Readers.Ocr.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// The OCR step of the PDF reader, page by page: scanned pages (<see cref="ScannedPageSelector"/>) are read by the OCR
/// engine, repaired (<see cref="ScannedPageRepair"/>) and replace their text-layer pages; text pages stay as the engine read them. A file with no text at all and no
/// OCR engine available fails as <c>ocr_unavailable</c>; a file with text pages keeps them and warns about the others.
/// </summary>
public sealed class ScannedPageReader(IOcrEngine? engine)
{
    private static readonly ProcessLimits ProbeLimits = new(TimeSpan.FromSeconds(30), 512L << 20);

    public static ScannedPageReader CreateDefault() => new(OcrEngines.CreateDefault());

    public ScannedPages? Complete(string path, PdfEngineResult extracted, CancellationToken cancellationToken)
    {
        var sizes = extracted.Pages.ToDictionary(p => p.Number, p => (p.Width, p.Height));
        var scanned = ScannedPageSelector.Select(extracted.Pages, () => PdfImageCoverage.Measure(path, sizes, ProbeLimits, cancellationToken));
        if (scanned.Count == 0) return null;
        var problem = engine is null ? "không có công cụ OCR / no OCR engine" : engine.Unavailability;
        if (problem is not null)
        {
            if (extracted.Pages.All(ScannedPageSelector.HasNoText)) throw OcrErrors.Unavailable(problem);
            var list = string.Join(", ", scanned.Select(p => p.Number.ToString(CultureInfo.InvariantCulture)));
            return new ScannedPages(extracted, null, [$"Trang {list} là ảnh quét nhưng không có OCR / pages {list} are scans but OCR is unavailable: {problem}"]);
        }

        var read = ScannedPageRepair.Apply(engine!.ReadPdfPages(path, scanned, cancellationToken)).ToDictionary(p => p.Number);
        var pages = extracted.Pages.Select(p => read.TryGetValue(p.Number, out var recognized) ? recognized : p).ToList();
        return new ScannedPages(extracted with { Pages = pages }, engine.Name, []);
    }
}

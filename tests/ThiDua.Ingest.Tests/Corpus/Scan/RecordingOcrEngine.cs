using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>Passes calls to an OCR engine and keeps the pages it read, so that one OCR run gives both the report and the
/// page texts the character error rate is measured on.</summary>
public sealed class RecordingOcrEngine(IOcrEngine inner) : IOcrEngine
{
    public List<PdfPageText> Pages { get; } = [];

    public string Name => inner.Name;

    public string? Unavailability => inner.Unavailability;

    public IReadOnlyList<PdfPageText> ReadPdfPages(string path, IReadOnlyList<PdfPageText> pageSizes, CancellationToken cancellationToken)
    {
        var pages = inner.ReadPdfPages(path, pageSizes, cancellationToken);
        lock (Pages) Pages.AddRange(pages);
        return pages;
    }

    public IReadOnlyList<PdfPageText> ReadImage(string path, CancellationToken cancellationToken)
    {
        var pages = inner.ReadImage(path, cancellationToken);
        lock (Pages) Pages.AddRange(pages);
        return pages;
    }
}

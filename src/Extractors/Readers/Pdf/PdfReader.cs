using System.Diagnostics;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Readers.Pdf;

/// <summary>
/// Reads a PDF's text layer through an <see cref="IPdfTextEngine"/> and rebuilds the layout from positioned text.
/// Scanned pages go to OCR (<see cref="ScannedPageReader"/>) when one is given; without it, files without any text are
/// refused as <c>no_text_layer</c>.
/// </summary>
public sealed class PdfReader(IPdfTextEngine engine, PdfReaderOptions options, ScannedPageReader? scans = null) : IDocumentReader
{
    /// <summary>The engine named by <c>THIDUA_PDF_ENGINE</c> (<c>pdfpig</c> or <c>poppler</c>), else the default.</summary>
    public PdfReader()
        : this(PdfEngines.FromEnvironment(), PdfReaderOptions.Default, ScannedPageReader.CreateDefault())
    {
    }

    public string Format => "pdf";

    public string Extractor => engine.Name;

    public LayoutDocument Read(string path, CancellationToken cancellationToken) => ReadWithStatistics(path, cancellationToken).Document;

    /// <summary>Rules only for the page ranges that may hold tables: one engine run per range of nearby pages.</summary>
    private PdfRulesResult ExtractRules(string path, IReadOnlyList<PdfPageText> pages, IReadOnlyList<int> tablePages, CancellationToken cancellationToken)
    {
        var all = new Dictionary<int, IReadOnlyList<PdfRule>>();
        if (pages.All(p => p.Rules is not null))
        {
            foreach (var page in pages.Where(p => tablePages.Contains(p.Number))) all[page.Number] = page.Rules!;
            return new PdfRulesResult(all, TimeSpan.Zero);
        }

        var ranges = PageRanges.Of(pages, tablePages, maxGap: 2, maxRanges: 24);
        var time = TimeSpan.Zero;
        foreach (var (first, last) in ranges)
        {
            var result = engine.ExtractRules(path, first, last, cancellationToken);
            time += result.EngineTime;
            foreach (var (page, rules) in result.Pages) all[page] = rules;
        }

        return new PdfRulesResult(all, time);
    }

    public PdfReadResult ReadWithStatistics(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw PdfErrors.NotFound(path);
        if (file.Length > options.MaxFileBytes) throw PdfErrors.TooLarge(file.Length, options.MaxFileBytes);
        if (file.Length == 0) throw PdfErrors.Corrupt("tệp rỗng / empty file");

        var extracted = engine.Extract(path, cancellationToken);
        var scanned = scans?.Complete(path, extracted, cancellationToken);
        if (scanned is not null) extracted = scanned.Result;
        var chunks = extracted.Pages.Sum(p => p.Chunks.Count);
        if (!extracted.Pages.Any(p => p.Chunks.Any(c => !string.IsNullOrWhiteSpace(c.Text) && LineBuilder.OnPage(c, p)))) throw PdfErrors.NoTextLayer();

        cancellationToken.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        var rulesTime = TimeSpan.Zero;
        IReadOnlyDictionary<int, IReadOnlyList<PdfRule>> RulesFor(IReadOnlyList<int> tablePages)
        {
            var rules = ExtractRules(path, extracted.Pages, tablePages, cancellationToken);
            rulesTime += rules.EngineTime;
            return rules.Pages;
        }

        LayoutDocument document;
        try
        {
            document = PdfLayoutBuilder.Build(extracted.Pages, RulesFor, extracted.PageCount);
        }
        catch (Exception e) when (e is not ReaderException and not OperationCanceledException)
        {
            throw PdfErrors.Corrupt("layout: " + e.Message, e);
        }

        if (scanned is not null) document = document with { Warnings = [.. document.Warnings, .. scanned.Warnings] };
        if (scanned?.Extractor is { } ocr) document = document with { Format = "pdf-ocr", Extractor = Extractor + " + " + ocr };
        var layoutTime = watch.Elapsed - rulesTime;
        return new PdfReadResult(document, new PdfReadStatistics(extracted.EngineTime + rulesTime, layoutTime, extracted.PageCount, chunks));
    }
}

using System.Diagnostics;
using ThiDua.Extractors.Readers.Pdf.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>
/// PdfPig adapter, in process: one pass over each page gives its letters grouped into chunks, its ruling lines from
/// the vector paths and its internal link annotations; in a tagged PDF, the structure tree's table of each letter. The
/// wall-clock limit is checked between pages; the hard limits (memory, a hung page) belong to the reader process that
/// hosts the engine.
/// </summary>
public sealed class PdfPigTextEngine(PdfEngineOptions options) : IPdfTextEngine
{
    public PdfPigTextEngine()
        : this(PdfEngineOptions.Default)
    {
    }

    public string Name => "pdfpig " + (typeof(PdfDocument).Assembly.GetName().Version?.ToString(3) ?? "unknown");

    public PdfEngineResult Extract(string path, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var pages = new List<PdfPageText>();
        int pageCount;
        try
        {
            using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            pageCount = document.NumberOfPages;
            if (pageCount == 0) throw PdfErrors.NoPages();
            var tagged = StructureTables.Read(document);
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (watch.Elapsed > options.Timeout) throw PdfErrors.Timeout(options.Timeout);
                var page = document.GetPage(number);
                var height = page.Height;
                var links = LinkReader.Read(page);
                pages.Add(new PdfPageText(number, page.Width, height, LetterChunker.Chunk(page.Letters, height, links, tagged?.LettersOf(page)))
                {
                    Links = links,
                    Rules = PathRuleReader.Read(page.Paths, height),
                });
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw PdfErrors.Encrypted();
        }
        catch (Exception e) when (e is not ReaderException and not OperationCanceledException)
        {
            throw PdfErrors.Corrupt("pdfpig: " + e.Message, e);
        }

        return new PdfEngineResult(pages, pageCount, watch.Elapsed);
    }

    /// <summary>The rules come with the text in <see cref="Extract"/>; asked for separately, none.</summary>
    public PdfRulesResult ExtractRules(string path, int firstPage, int lastPage, CancellationToken cancellationToken) => PdfRulesResult.None;
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Ocr.Tesseract;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>Runs the production pipeline, with Tesseract recording the pages it read, on a scanned corpus file once per
/// test run.</summary>
public static class ScanIngestion
{
    private static readonly Dictionary<string, (Report Report, List<PdfPageText> Pages)> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    public static (Report Report, List<PdfPageText> Pages) Ingest(string path)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(path, out var cached)) return cached;
            var ocr = new RecordingOcrEngine(new TesseractEngine());
            var pipeline = IngestPipelineBuilder.CreateDefault()
                .AddReader(new PdfReader(new PopplerTextEngine(), PdfReaderOptions.Default, new ScannedPageReader(ocr)))
                .WithTimeout(TimeSpan.FromMinutes(20))
                .Build();
            var result = pipeline.Ingest(path);
            Assert.True(result.Succeeded, $"{path}: {result.Error?.Code} {result.Error?.Message}");
            Cache[path] = (result.Report!, ocr.Pages.OrderBy(p => p.Number).ToList());
            return Cache[path];
        }
    }
}

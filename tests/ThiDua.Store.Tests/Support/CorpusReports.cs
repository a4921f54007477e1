using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Store.Tests.Support;

/// <summary>Corpus documents run through the production pipeline once per test run (cached), for the diff and export tests.</summary>
public static class CorpusReports
{
    private static readonly Dictionary<string, IngestResult> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    public static string Docx(string name) => Path.Combine(TestPaths.Corpus, "docx", name);

    public static IngestResult Ingest(string path)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(path, out var cached)) return cached;
        }

        var result = ThiDua.Ingest.PipelineFactory.Create(TimeSpan.FromSeconds(120)).Ingest(path);
        Assert.True(result.Succeeded, $"{path}: {result.Error?.Code} {result.Error?.Message}");
        lock (CacheLock) Cache[path] = result;
        return result;
    }

    public static Report Report(string path) => Ingest(path).Report!;

    public static IngestedFile ToIngested(IngestResult result, string pipelineVersion, Report? report = null) =>
        new(result.Path, (report ?? result.Report)!.Source.Sha256, result.Path, pipelineVersion, report ?? result.Report, null, result.Elapsed);
}

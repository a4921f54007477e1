using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Runs the production pipeline on a corpus file once per test run and caches the report.</summary>
public static class CorpusIngestion
{
    private static readonly Dictionary<string, Report> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    public static Report Ingest(string path)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(path, out var cached)) return cached;
        }

        var result = PipelineFactory.Create(TimeSpan.FromSeconds(120)).Ingest(path);
        Assert.True(result.Succeeded, $"{path}: {result.Error?.Code} {result.Error?.Message}");
        lock (CacheLock) Cache[path] = result.Report!;
        return result.Report!;
    }
}

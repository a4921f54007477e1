using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest.ReaderHosting;

namespace ThiDua.Ingest;

/// <summary>
/// The production pipeline: every reader and stage the service ships, in order. PDF and the LibreOffice formats are read
/// in warm reader processes (one pool per process, shared by every pipeline made here, ended with the process); the
/// Word reader, guarded by its own package limits and the fastest in-process, stays here.
/// </summary>
public static class PipelineFactory
{
    private static readonly string[] PooledFormats = ["pdf", "doc", "rtf", "odt"];

    private static readonly Lazy<ReaderPool> Pool = new(() =>
    {
        var pool = new ReaderPool(ReaderPoolOptions.Default);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => pool.Dispose();
        return pool;
    });

    public static IngestPipeline Create(TimeSpan timeout)
    {
        var builder = IngestPipelineBuilder.CreateDefault().WithTimeout(timeout);
        foreach (var format in PooledFormats)
        {
            if (builder.Readers.TryGetValue(format, out var reader)) builder.AddReader(new PooledReader(reader, Pool.Value, timeout));
        }

        return builder.Build();
    }
}

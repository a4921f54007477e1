using ThiDua.Extractors.Pipeline;

namespace ThiDua.Benchmark.Workloads;

/// <summary>The full ingestion of one file and its JSON serialized to UTF-8 bytes (no disk write), as the CLI does minus the write.</summary>
public sealed class PipelineWorkload(IngestPipeline pipeline) : IWorkload
{
    public string Name => "pipeline";

    public WorkItem Run(string path)
    {
        var result = pipeline.Ingest(path);
        if (result.Report is { } report) return new WorkItem(report.Source.PageCount ?? 0, ReportJson.SerializeToUtf8Bytes(report).Length, null);
        var error = result.Error!;
        return new WorkItem(0, ReportJson.SerializeToUtf8Bytes(error).Length, error.Code);
    }
}

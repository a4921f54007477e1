using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest;

/// <summary>The production pipeline: every reader and stage the service ships, in order.</summary>
public static class PipelineFactory
{
    public static IngestPipeline Create(TimeSpan timeout) =>
        IngestPipelineBuilder.CreateDefault().WithTimeout(timeout).Build();
}

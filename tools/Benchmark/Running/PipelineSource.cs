using ThiDua.Benchmark.Corpus;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Ingest;

namespace ThiDua.Benchmark.Running;

/// <summary>
/// The pipeline to measure: the production one from the CLI's PipelineFactory. If that one does not read PDFs yet, PDF sets
/// get the default builder plus the PDF reader, and a note says so.
/// </summary>
public static class PipelineSource
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static (IngestPipeline Pipeline, string? Note) For(CorpusSet set)
    {
        var production = PipelineFactory.Create(Timeout);
        if (set.Kind != CorpusKind.Pdf) return (production, null);
        if (production.Ingest(set.Files[0]).Error?.Code != ReaderErrorCodes.UnsupportedFormat) return (production, null);
        var withPdf = IngestPipelineBuilder.CreateDefault().AddReader(new PdfReader()).WithTimeout(Timeout).Build();
        return (withPdf, "PipelineFactory does not register a PDF reader yet: measured IngestPipelineBuilder.CreateDefault() + new PdfReader()");
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Readers.Docx;

namespace ThiDua.Extractors.Tests.Pipeline;

/// <summary>A failing layout transform or stage keeps the rest of the report and says why in source.warnings.</summary>
public class PartialResultTests
{
    private sealed class ThrowingTransform : ILayoutTransform
    {
        public LayoutDocument Apply(LayoutDocument layout, CancellationToken cancellationToken) => throw new InvalidOperationException("broken transform");
    }

    private sealed class ThrowingStage : IReportStage
    {
        public Report Apply(Report report, ReportText text) => throw new InvalidOperationException("broken stage");
    }

    private sealed class TitleStage : IReportStage
    {
        public Report Apply(Report report, ReportText text) => report with { Figures = [new Figure("after", 1m, null, null)] };
    }

    [Fact]
    public void The_report_survives_a_failing_transform_and_a_failing_stage_and_later_stages_still_run()
    {
        var pipeline = new IngestPipelineBuilder()
            .AddReader(new DocxReader())
            .AddTransform(new ThrowingTransform())
            .AddStage(new ThrowingStage())
            .AddStage(new TitleStage())
            .Build();

        var result = pipeline.Ingest(Path.Combine(TestPaths.Corpus, "docx", "000.docx"));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.NotEmpty(result.Report!.Sections);
        Assert.Contains(result.Report.Source.Warnings, w => w.StartsWith("transform_failed: ThrowingTransform", StringComparison.Ordinal) && w.Contains("broken transform", StringComparison.Ordinal));
        Assert.Contains(result.Report.Source.Warnings, w => w.StartsWith("stage_failed: ThrowingStage", StringComparison.Ordinal) && w.Contains("broken stage", StringComparison.Ordinal));
        Assert.Equal("after", Assert.Single(result.Report.Figures).Text);
    }
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Prose;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>A stage that hangs (ignoring cancellation), to check the pipeline's time limit.</summary>
public sealed class SleepingStage(TimeSpan delay) : IReportStage
{
    public Report Apply(Report report, ReportText text)
    {
        Thread.Sleep(delay);
        return report;
    }
}

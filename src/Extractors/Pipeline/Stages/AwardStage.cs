using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Pipeline.Stages;

/// <summary>Fills <c>awards</c> from prose and the standard appendix table.</summary>
public sealed class AwardStage(AwardExtractor extractor) : IReportStage
{
    public Report Apply(Report report, ReportText text) => report with { Awards = extractor.Extract(report, text) };
}

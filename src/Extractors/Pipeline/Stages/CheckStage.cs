using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Pipeline.Stages;

/// <summary>Fills <c>flags</c>; runs after the award stage, since body-versus-appendix checks compare award records.</summary>
public sealed class CheckStage(ConsistencyChecker checker) : IReportStage
{
    public Report Apply(Report report, ReportText text) => report with { Flags = checker.Check(report, text) };
}

using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Pipeline.Stages;

/// <summary>
/// Fills <c>flags</c> and <c>checks</c>, and adds a warning to <c>source.warnings</c> for each check that failed;
/// runs after the award stage, since body-versus-appendix checks compare award records.
/// </summary>
public sealed class CheckStage(ConsistencyChecker checker) : IReportStage
{
    public Report Apply(Report report, ReportText text)
    {
        var results = checker.Run(report, text);
        var source = results.Warnings.Count == 0 ? report.Source : report.Source with { Warnings = [.. report.Source.Warnings, .. results.Warnings] };
        return report with { Flags = results.Flags, Checks = results.Checks, Source = source };
    }
}

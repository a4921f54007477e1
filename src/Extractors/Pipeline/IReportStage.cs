using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Pipeline;

/// <summary>
/// A stage after structure recovery (awards, figures, consistency flags): takes the report and returns it enriched.
/// <paramref name="text"/> is the report's prose, built once per document and shared, so sentences are cut and scanned once.
/// </summary>
public interface IReportStage
{
    Report Apply(Report report, ReportText text);
}

using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Pipeline;

/// <summary>A stage after structure recovery (awards, figures, consistency flags): takes the report and returns it enriched.</summary>
public interface IReportStage
{
    Report Apply(Report report);
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Pipeline.Stages;

/// <summary>Fills <c>figures</c>: every normalized quantity of paragraphs and footnotes.</summary>
public sealed class FigureStage(FigureExtractor extractor) : IReportStage
{
    public Report Apply(Report report, ReportText text) => report with { Figures = extractor.Extract(text) };
}

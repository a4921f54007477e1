namespace ThiDua.Store.Export.Summary;

/// <summary>A line of the summary table: a level group (Roman), an award (numbered), a basis sub-row, or the grand total.</summary>
public sealed record SummaryLine(SummaryLineKind Kind, string Label, string Title, SummaryCounts Counts, string? Level = null, string? Award = null, string? Basis = null);

public enum SummaryLineKind
{
    Group,
    Award,
    Basis,
    Total,
}

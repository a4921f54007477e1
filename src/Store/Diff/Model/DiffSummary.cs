namespace ThiDua.Store.Diff.Model;

/// <summary>How many changes each part of the diff holds.</summary>
public sealed record DiffSummary(
    int Metadata,
    int Headings,
    int Paragraphs,
    int Footnotes,
    int Tables,
    int Awards,
    int Figures,
    int Flags,
    int Checks,
    int Corrections)
{
    public int Total => Metadata + Headings + Paragraphs + Footnotes + Tables + Awards + Figures + Flags + Checks + Corrections;
}

namespace ThiDua.Extractors.Layout;

/// <summary>A stretch of text with one formatting. FootnoteId is set on a footnote reference mark.</summary>
public sealed record LayoutRun(string Text, RunFormat Format, string? FootnoteId = null);

/// <summary>Character formatting that structure recovery uses. FontSize is in points, null when unknown.</summary>
public readonly record struct RunFormat(bool Bold, bool Italic, bool Superscript, double? FontSize)
{
    public static RunFormat Plain { get; } = new(false, false, false, null);
}

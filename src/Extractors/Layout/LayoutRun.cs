namespace ThiDua.Extractors.Layout;

/// <summary>A stretch of text with one formatting. FootnoteId is set on a footnote reference mark.</summary>
public sealed record LayoutRun(string Text, RunFormat Format, string? FootnoteId = null);

/// <summary>
/// Character formatting that structure recovery uses. FontSize is in points, null when unknown. FontFamily is the font's
/// family name as the file gives it (<c>.VnTime</c>, <c>VNI-Times</c>, <c>Times New Roman</c>), for the layout transforms
/// that repair legacy encodings; null when unknown.
/// </summary>
public readonly record struct RunFormat(bool Bold, bool Italic, bool Superscript, double? FontSize, string? FontFamily = null)
{
    public static RunFormat Plain { get; } = new(false, false, false, null);
}

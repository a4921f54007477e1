namespace ThiDua.Extractors.Layout;

public enum ParagraphAlignment
{
    Unknown,
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>
/// Paragraph formatting. ListLabel is the text an automatic list number renders to (<c>"1."</c>, <c>"a)"</c>, <c>"-"</c>),
/// already prefixed to nothing: structure treats it as typed numbering. OutlineLevel is 0-based where a heading style gives one.
/// </summary>
public sealed record ParagraphFormat(ParagraphAlignment Alignment, string? ListLabel, int? OutlineLevel, string? StyleName)
{
    public static ParagraphFormat Default { get; } = new(ParagraphAlignment.Unknown, null, null, null);
}

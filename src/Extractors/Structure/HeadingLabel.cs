namespace ThiDua.Extractors.Structure;

/// <summary>A numbering label found at the start of a line: its kind, the label as written, and the text after it.</summary>
public sealed record HeadingLabel(HeadingKind Kind, string Numbering, string Rest, int LabelLength);

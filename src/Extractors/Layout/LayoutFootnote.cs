namespace ThiDua.Extractors.Layout;

/// <summary>A footnote body. Id matches the FootnoteId of the reference runs; Marker is as printed ("5").</summary>
public sealed record LayoutFootnote(string Id, string Marker, IReadOnlyList<LayoutParagraph> Paragraphs, int? Page);

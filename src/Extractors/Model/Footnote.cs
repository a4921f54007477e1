namespace ThiDua.Extractors.Model;

/// <summary>A footnote: Marker as printed, Text the whole body (paragraphs joined by newlines), Refs the ids of the blocks that cite it; Page where the format knows it.</summary>
public sealed record Footnote(string Id, string Marker, string Text, IReadOnlyList<string> Refs, int? Page = null);

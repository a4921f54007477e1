namespace ThiDua.Extractors.Model;

/// <summary>A node of the heading tree. Numbering is as written (<c>"Phần I"</c>, <c>"2.2.1."</c>, <c>"a)"</c>), null for the preamble and unnumbered appendices.</summary>
public sealed record Section(
    string Id,
    string? Numbering,
    string Title,
    int Level,
    IReadOnlyList<Section> Children,
    IReadOnlyList<Block> Blocks);

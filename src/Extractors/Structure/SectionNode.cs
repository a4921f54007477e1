using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>A section while the tree is being built; Rank orders numbering kinds (lower is outer).</summary>
public sealed class SectionNode(string id, string? numbering, string title, int rank)
{
    public string Id { get; } = id;

    public string? Numbering { get; } = numbering;

    public string Title { get; set; } = title;

    public int Rank { get; } = rank;

    public List<SectionNode> Children { get; } = [];

    public List<Block> Blocks { get; } = [];

    public bool HasTable => Blocks.Any(b => b.Kind == Block.TableKind);

    public Section ToSection(int level) =>
        new(Id, Numbering, Title, level, Children.Select(c => c.ToSection(level + 1)).ToArray(), Blocks.ToArray());
}

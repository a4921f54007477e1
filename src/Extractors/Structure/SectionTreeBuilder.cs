using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Builds the heading tree: a heading nests under the nearest open heading of an outer numbering kind;
/// paragraphs before any heading go to a preamble section (numbering null, empty title).
/// </summary>
public sealed class SectionTreeBuilder(IdAllocator ids)
{
    /// <summary>The preamble holds paragraphs only: any heading closes it.</summary>
    private const int PreambleRank = int.MaxValue;

    private readonly List<SectionNode> _roots = [];
    private readonly Stack<SectionNode> _open = new();

    public SectionNode Current => _open.Count > 0 ? _open.Peek() : OpenPreamble();

    public IReadOnlyList<SectionNode> Roots => _roots;

    public SectionNode OpenHeading(string? numbering, string title, int rank)
    {
        while (_open.Count > 0 && _open.Peek().Rank >= rank) _open.Pop();
        var node = new SectionNode(ids.Next("s"), numbering, title, rank);
        if (_open.Count == 0) _roots.Add(node);
        else _open.Peek().Children.Add(node);
        _open.Push(node);
        return node;
    }

    /// <summary>Starts a new top-level section (an appendix), closing everything open.</summary>
    public SectionNode OpenTopLevel(string? numbering, string title)
    {
        _open.Clear();
        return OpenHeading(numbering, title, int.MinValue);
    }

    public void AddBlock(Block block) => Current.Blocks.Add(block);

    public IReadOnlyList<Section> Build() => _roots.Select(r => r.ToSection(1)).ToArray();

    private SectionNode OpenPreamble()
    {
        var preamble = new SectionNode(ids.Next("s"), null, string.Empty, PreambleRank);
        _roots.Add(preamble);
        _open.Push(preamble);
        return preamble;
    }
}

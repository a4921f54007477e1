using DiffPlex;

namespace ThiDua.Store.Diff.Align;

/// <summary>Lets DiffPlex diff sequences of keys: the keys are joined with line feeds, and this chunker cuts them apart again.</summary>
internal sealed class ItemChunker : IChunker
{
    public static ItemChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
}

using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>The word-level diff of two texts (DiffPlex, words and separators as pieces), as runs of equal, deleted and inserted text.</summary>
internal static class WordDiff
{
    public const string Equal = "equal";
    public const string Deleted = "deleted";
    public const string Inserted = "inserted";

    public static IReadOnlyList<WordPiece> Of(string a, string b)
    {
        var result = Differ.Instance.CreateDiffs(a, b, false, false, WordChunker.Instance);
        var pieces = new List<WordPiece>();
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        var i = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, Equal, oldPieces, i, block.DeleteStartA);
            Add(pieces, Deleted, oldPieces, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA);
            Add(pieces, Inserted, newPieces, block.InsertStartB, block.InsertStartB + block.InsertCountB);
            i = block.DeleteStartA + block.DeleteCountA;
        }

        Add(pieces, Equal, oldPieces, i, oldPieces.Count);
        return pieces;
    }

    private static void Add(List<WordPiece> pieces, string op, IReadOnlyList<string> source, int start, int end)
    {
        if (end <= start) return;
        var text = new StringBuilder();
        for (var k = start; k < end; k++) text.Append(source[k]);
        if (pieces.Count > 0 && pieces[^1].Op == op) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else pieces.Add(new WordPiece(op, text.ToString()));
    }
}

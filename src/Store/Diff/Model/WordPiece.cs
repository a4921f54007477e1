namespace ThiDua.Store.Diff.Model;

/// <summary>A run of a word-level diff: <c>equal</c>, <c>deleted</c> (only in A) or <c>inserted</c> (only in B).</summary>
public sealed record WordPiece(string Op, string Text);

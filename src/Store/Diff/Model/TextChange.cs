namespace ThiDua.Store.Diff.Model;

/// <summary>
/// A paragraph or footnote <c>added</c>, <c>removed</c>, <c>changed</c> (Words is the word-level diff) or <c>moved</c> (same
/// text elsewhere). Section is the heading path it stands under (B's when it has one).
/// </summary>
public sealed record TextChange(string Change, string? AId, string? BId, string? Section, string? A, string? B, IReadOnlyList<WordPiece>? Words);

namespace ThiDua.Store.Diff.Compare;

/// <summary>A paragraph or footnote to compare: its id, text and the heading path it stands under.</summary>
internal sealed record TextItem(string Id, string Text, string? Section);

namespace ThiDua.Extractors.Layout;

/// <summary>A body block: a paragraph or a table. Page is 1-based where the format knows it.</summary>
public abstract record LayoutBlock(int? Page);

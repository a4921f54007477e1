namespace ThiDua.Extractors.Layout;

/// <summary>
/// What a reader recovers from one file, knowing nothing of Vietnamese reports: the body blocks in reading order
/// (headers, footers and page numbers excluded), the footnote bodies, and the page count where known.
/// </summary>
public sealed record LayoutDocument(
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<LayoutFootnote> Footnotes,
    int? PageCount,
    IReadOnlyList<string> Warnings);

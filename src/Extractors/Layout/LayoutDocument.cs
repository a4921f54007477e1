namespace ThiDua.Extractors.Layout;

/// <summary>
/// What a reader recovers from one file, knowing nothing of Vietnamese reports: the body blocks in reading order
/// (headers, footers and page numbers excluded), the footnote bodies, and the page count where known.
/// Format and Extractor, when set, say how this file was actually read (<c>pdf-ocr</c> when its pages were recognized),
/// overriding the reader's defaults.
/// </summary>
public sealed record LayoutDocument(
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<LayoutFootnote> Footnotes,
    int? PageCount,
    IReadOnlyList<string> Warnings,
    string? Format = null,
    string? Extractor = null);

namespace ThiDua.Extractors.Layout;

/// <summary>Rewrites every paragraph of a layout (body, table cells at any depth, footnotes), keeping everything else.</summary>
public static class LayoutParagraphMap
{
    public static LayoutDocument Apply(LayoutDocument layout, Func<LayoutParagraph, LayoutParagraph> map) =>
        layout with
        {
            Blocks = layout.Blocks.Select(b => MapBlock(b, map)).ToArray(),
            Footnotes = layout.Footnotes.Select(f => f with { Paragraphs = f.Paragraphs.Select(map).ToArray() }).ToArray(),
        };

    /// <summary>Every paragraph of a layout in reading order, footnotes last.</summary>
    public static IEnumerable<LayoutParagraph> All(LayoutDocument layout) =>
        layout.Blocks.SelectMany(Paragraphs).Concat(layout.Footnotes.SelectMany(f => f.Paragraphs));

    private static IEnumerable<LayoutParagraph> Paragraphs(LayoutBlock block) => block switch
    {
        LayoutParagraph paragraph => [paragraph],
        LayoutTable table => table.Rows.SelectMany(r => r).SelectMany(c => c.Content).SelectMany(Paragraphs),
        _ => [],
    };

    private static LayoutBlock MapBlock(LayoutBlock block, Func<LayoutParagraph, LayoutParagraph> map) => block switch
    {
        LayoutParagraph paragraph => map(paragraph),
        LayoutTable table => table with
        {
            Rows = table.Rows.Select(r => (IReadOnlyList<LayoutCell>)r.Select(c => c with { Content = c.Content.Select(b => MapBlock(b, map)).ToArray() }).ToArray()).ToArray(),
        },
        _ => block,
    };
}

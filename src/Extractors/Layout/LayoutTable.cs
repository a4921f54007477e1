namespace ThiDua.Extractors.Layout;

/// <summary>
/// A table in the HTML model: each row lists the cells that start in it; spans cover the positions right and below.
/// HeaderRows counts the leading rows marked (or recognised) as repeated header rows.
/// </summary>
public sealed record LayoutTable(IReadOnlyList<IReadOnlyList<LayoutCell>> Rows, int HeaderRows, int? Page) : LayoutBlock(Page);

/// <summary>A table cell: its content blocks (paragraphs and nested tables) and spans.</summary>
public sealed record LayoutCell(IReadOnlyList<LayoutBlock> Content, int RowSpan, int ColSpan)
{
    public string Text => string.Join("\n", Content.OfType<LayoutParagraph>().Select(p => p.Text));
}

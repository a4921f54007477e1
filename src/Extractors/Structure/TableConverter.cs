using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>A layout table to a model table: cell text cleaned (paragraphs joined by a space), numeric cells given their value.</summary>
public sealed class TableConverter(Func<string, decimal?> cellValue)
{
    public Table Convert(LayoutTable table, string id, string? caption, string? appendix)
    {
        var rows = table.Rows
            .Select(row => (IReadOnlyList<Cell>)row.Select(cell =>
            {
                var text = TextNormalizer.Clean(string.Join(" ", CellParagraphs(cell).Select(p => p.Text)));
                return new Cell(text, cell.RowSpan, cell.ColSpan, text.Length == 0 ? null : cellValue(text));
            }).ToArray())
            .ToArray();
        return new Table(id, caption, appendix, table.HeaderRows, rows, table.Page);
    }

    private static IEnumerable<LayoutParagraph> CellParagraphs(LayoutCell cell) =>
        cell.Content.SelectMany(block => block switch
        {
            LayoutParagraph paragraph => [paragraph],
            LayoutTable nested => nested.Rows.SelectMany(r => r).SelectMany(CellParagraphs),
            _ => [],
        });
}

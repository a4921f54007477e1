using System.Text.RegularExpressions;
using CorpusMaker.Tdm;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>Writes a <c>::table</c> as a bordered Word table: grid, gridSpan, vMerge, repeated header rows, 12 pt text.</summary>
public sealed partial class DataTableWriter(InlineRunWriter runs, GridPlacer layout)
{
    private const int CellHalfPoints = 24;

    [GeneratedRegex(@"^[\s\d.,%()+\-–/*IVXLC]*$")]
    private static partial Regex NumericLike();

    public Table Write(TdmTable source, int width)
    {
        var placed = layout.Place(source);
        var widths = ColumnWidths.Compute(placed, width);
        var table = TableFrame.Create(widths, bordered: true);
        for (var r = 0; r < placed.Rows.Count; r++)
        {
            var header = r < placed.HeaderRows;
            var row = new TableRow();
            if (header)
            {
                row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            }

            foreach (var cell in placed.Rows[r])
            {
                row.Append(WriteCell(cell, widths, header, source.Line));
            }

            table.Append(row);
        }

        return table;
    }

    private TableCell WriteCell(PlacedCell cell, int[] widths, bool header, int line)
    {
        var width = widths.Skip(cell.Column).Take(cell.ColSpan).Sum();
        VerticalMerge? merge = cell.RowSpan <= 1 ? null
            : cell.Continuation ? new VerticalMerge()
            : new VerticalMerge { Val = MergedCellValues.Restart };
        var tableCell = new TableCell(TableFrame.CellProperties(width, cell.ColSpan, merge, header || cell.RowSpan > 1));
        if (cell.Continuation)
        {
            tableCell.Append(ParagraphFactory.Empty(ParagraphFormat.Compact(JustificationValues.Center)));
            return tableCell;
        }

        var style = new TextStyle(header, false, CellHalfPoints);
        var justification = header || NumericLike().IsMatch(cell.Cell.Text) ? JustificationValues.Center : JustificationValues.Left;
        foreach (var paragraph in cell.Cell.Paragraphs)
        {
            tableCell.Append(ParagraphFactory.Create(ParagraphFormat.Compact(justification), runs.Write(paragraph, style, line)));
        }

        return tableCell;
    }
}

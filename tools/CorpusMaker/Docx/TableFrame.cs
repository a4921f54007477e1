using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusMaker.Docx;

/// <summary>The parts every table shares: <c>w:tblPr</c> (bordered or borderless) and <c>w:tblGrid</c>.</summary>
public static class TableFrame
{
    public static Table Create(IReadOnlyList<int> widths, bool bordered, int indent = 0)
    {
        var properties = new TableProperties
        {
            TableStyle = bordered ? new TableStyle { Val = StyleIds.TableGrid } : null,
            TableWidth = new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableIndentation = indent != 0 ? new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa } : null,
            TableBorders = Borders(bordered),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
        };
        var grid = new TableGrid(widths.Select(width => new GridColumn { Width = Text(width) }));
        return new Table(properties, grid);
    }

    public static TableCellProperties CellProperties(int width, int colSpan, VerticalMerge? merge, bool centerVertically)
    {
        return new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Text(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = colSpan > 1 ? new GridSpan { Val = colSpan } : null,
            VerticalMerge = merge,
            TableCellVerticalAlignment = centerVertically ? new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center } : null,
        };
    }

    private static TableBorders Borders(bool bordered)
    {
        var value = bordered ? BorderValues.Single : BorderValues.None;
        var size = bordered ? 4U : 0U;
        return new TableBorders(
            Border<TopBorder>(value, size),
            Border<LeftBorder>(value, size),
            Border<BottomBorder>(value, size),
            Border<RightBorder>(value, size),
            Border<InsideHorizontalBorder>(value, size),
            Border<InsideVerticalBorder>(value, size));
    }

    private static T Border<T>(BorderValues value, uint size)
        where T : BorderType, new() => new() { Val = value, Size = size, Space = 0, Color = "auto" };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

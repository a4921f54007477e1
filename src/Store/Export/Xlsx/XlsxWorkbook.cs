using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Store.Export.Xlsx;

/// <summary>
/// Writes sheets to an .xlsx package with the OpenXml SDK (API common to SDK 2.20 and 3.x): numbers as number cells, dates
/// as date serials with a date format, booleans as boolean cells, texts as inline strings; frozen header rows and
/// auto-filters as Excel and LibreOffice read them.
/// </summary>
internal static class XlsxWorkbook
{
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStylesheet.Create();

        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = BuildWorksheet(sheet, out var filterRange);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = (uint)(i + 1), Name = sheet.Name });
            if (filterRange is not null)
            {
                definedNames.Append(new DefinedName($"'{sheet.Name}'!{Absolute(filterRange)}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }
        }

        workbookPart.Workbook.Append(sheetList);
        if (definedNames.HasChildren) workbookPart.Workbook.Append(definedNames);
        workbookPart.Workbook.Save();
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static Worksheet BuildWorksheet(XlsxSheet sheet, out string? filterRange)
    {
        var worksheet = new Worksheet();
        var columnCount = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Count);
        if (sheet.FrozenRows > 0)
        {
            var topLeft = "A" + (sheet.FrozenRows + 1);
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            {
                WorkbookViewId = 0,
            }));
        }

        if (sheet.ColumnWidths is { Count: > 0 } widths)
        {
            var columns = new Columns();
            for (var c = 0; c < widths.Count; c++)
            {
                columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (BuildCell(cells[c], ColumnName(c) + (r + 1)) is { } cell) row.Append(cell);
            }

            data.Append(row);
        }

        worksheet.Append(data);
        filterRange = null;
        if (sheet.AutoFilter && sheet.FrozenRows > 0)
        {
            filterRange = $"A{sheet.FrozenRows}:{ColumnName(columnCount - 1)}{Math.Max(sheet.Rows.Count, sheet.FrozenRows)}";
            worksheet.Append(new AutoFilter { Reference = filterRange });
        }

        if (sheet.Merges is { Count: > 0 } merges)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }

        return worksheet;
    }

    private static Cell? BuildCell(XlsxCell cell, string reference)
    {
        var style = (uint)cell.Style;
        switch (cell.Value)
        {
            case null:
                return style == 0 ? null : new Cell { CellReference = reference, StyleIndex = style };
            case long or int or decimal or double:
                return new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(cell.Value, CultureInfo.InvariantCulture)!),
                    StyleIndex = style,
                };
            case bool flag:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0"), StyleIndex = style };
            case DateOnly date:
                return Serial(reference, date.ToDateTime(TimeOnly.MinValue), style == 0 ? (uint)XlsxStyle.Date : style);
            case DateTime time:
                return Serial(reference, time, style == 0 ? (uint)XlsxStyle.DateTime : style);
            default:
                var text = Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? "";
                return new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = style,
                };
        }
    }

    private static Cell Serial(string reference, DateTime time, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(time.ToOADate().ToString("0.##########", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(part =>
        {
            var digits = part.IndexOfAny("0123456789".ToCharArray());
            return "$" + part[..digits] + "$" + part[digits..];
        }));
}

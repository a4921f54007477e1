using ThiDua.Store.Export.Xlsx;

namespace ThiDua.Store.Export.Writers;

/// <summary>One sheet per table, named as the table: the header row frozen and auto-filtered, each value its own cell kind.</summary>
internal static class XlsxExportWriter
{
    public static void Write(ExportDataset dataset, string path) =>
        OutputFile.WriteAtomically(path, stream => XlsxWorkbook.Write(stream, dataset.Tables.Select(ToSheet).ToList()));

    public static XlsxSheet ToSheet(ExportTable table)
    {
        var rows = new List<IReadOnlyList<XlsxCell>>(table.Rows.Count + 1)
        {
            table.Columns.Select(c => new XlsxCell(c.Name, XlsxStyle.Header)).ToList(),
        };
        rows.AddRange(table.Rows.Select(row => row.Select(value => new XlsxCell(value)).ToList()));
        var widths = table.Columns.Select(c => c.Kind switch
        {
            ExportColumnKind.Date => 12.0,
            ExportColumnKind.DateTime => 20.0,
            _ => Math.Max(10.0, c.Name.Length + 4.0),
        }).ToList();
        return new XlsxSheet(table.Name, rows, FrozenRows: 1, AutoFilter: true, ColumnWidths: widths);
    }
}

using CsvHelper;

namespace ThiDua.Store.Export.Writers;

/// <summary>
/// One <c>&lt;table&gt;.csv</c> per table in the output folder: UTF-8 with a byte-order mark (so that Excel reads Vietnamese),
/// RFC 4180 quoting and CRLF by CsvHelper, a header row, values as <see cref="ExportCellText"/> writes them.
/// </summary>
internal static class CsvExportWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    public static IReadOnlyList<string> Write(ExportDataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in dataset.Tables)
        {
            var path = Path.Combine(folder, table.Name + ".csv");
            OutputFile.WriteAtomically(path, stream =>
            {
                using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
                csv.WriteRecord(table.Columns.Select(c => c.Name).ToArray());
                foreach (var row in table.Rows) csv.WriteRecord(row.Select(ExportCellText.Format).ToArray());
                csv.Flush();
            });
            written.Add(path);
        }

        return written;
    }
}

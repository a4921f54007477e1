using Parquet;
using Parquet.Schema;

namespace ThiDua.Store.Export.Writers;

/// <summary>
/// One <c>&lt;table&gt;.parquet</c> per table in the output folder (a Parquet file holds one schema), one row group each:
/// texts as UTF-8 strings, integers as INT64, decimals as DECIMAL(38,18), booleans, dates as DATE, times as UTC timestamps;
/// every column nullable.
/// </summary>
internal static class ParquetExportWriter
{
    public static async Task<IReadOnlyList<string>> WriteAsync(ExportDataset dataset, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in dataset.Tables)
        {
            var path = Path.Combine(folder, table.Name + ".parquet");
            await OutputFile.WriteAtomicallyAsync(path, stream => WriteTableAsync(table, stream, cancellationToken));
            written.Add(path);
        }

        return written;
    }

    public static DataField FieldOf(ExportColumn column) => column.Kind switch
    {
        ExportColumnKind.Text => new DataField<string>(column.Name, true),
        ExportColumnKind.Integer => new DataField<long?>(column.Name),
        ExportColumnKind.Decimal => new DataField<decimal?>(column.Name),
        ExportColumnKind.Boolean => new DataField<bool?>(column.Name),
        ExportColumnKind.Date => new DataField<DateOnly?>(column.Name),
        ExportColumnKind.DateTime => new DataField<DateTime?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, null),
    };

    private static async Task WriteTableAsync(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var fields = table.Columns.Select(FieldOf).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var column = c;
            switch (table.Columns[c].Kind)
            {
                case ExportColumnKind.Text:
                    await group.WriteAsync(fields[c], table.Rows.Select(r => (string?)r[column]).ToArray()!);
                    break;
                case ExportColumnKind.Integer:
                    await WriteValuesAsync<long>(group, fields[c], table, column, cancellationToken);
                    break;
                case ExportColumnKind.Decimal:
                    await WriteValuesAsync<decimal>(group, fields[c], table, column, cancellationToken);
                    break;
                case ExportColumnKind.Boolean:
                    await WriteValuesAsync<bool>(group, fields[c], table, column, cancellationToken);
                    break;
                case ExportColumnKind.Date:
                    await WriteValuesAsync<DateOnly>(group, fields[c], table, column, cancellationToken);
                    break;
                case ExportColumnKind.DateTime:
                    await WriteValuesAsync<DateTime>(group, fields[c], table, column, cancellationToken);
                    break;
            }
        }

        group.CompleteValidate();
    }

    private static Task WriteValuesAsync<T>(ParquetRowGroupWriter group, DataField field, ExportTable table, int column, CancellationToken cancellationToken)
        where T : struct
    {
        var values = table.Rows.Select(r => (T?)r[column]).ToArray();
        return group.WriteAsync<T>(field, values, null, null, cancellationToken);
    }
}

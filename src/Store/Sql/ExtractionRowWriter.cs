using System.Data.Common;
using System.Globalization;
using ThiDua.Extractors.Model;

namespace ThiDua.Store.Sql;

/// <summary>Writes a report's awards, figures, flags and checks as queryable rows of one extraction (one prepared command per table).</summary>
internal static class ExtractionRowWriter
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, long extractionId, Report report, CancellationToken cancellationToken)
    {
        await WriteAllAsync(connection, transaction, cancellationToken, report.Awards, "awards",
            ["extraction_id", "ordinal", "award", "name", "level", "grantor", "recipient", "count", "basis", "status", "source_kind", "block_id", "table_id", "quote"],
            (award, index, row) =>
            {
                row[0] = extractionId;
                row[1] = index;
                row[2] = award.Code;
                row[3] = award.Name;
                row[4] = award.Level;
                row[5] = award.Grantor;
                row[6] = award.Recipient;
                row[7] = award.Count;
                row[8] = award.Basis;
                row[9] = award.Status;
                row[10] = award.Source.Kind;
                row[11] = award.Source.BlockId;
                row[12] = award.Source.TableId;
                row[13] = award.Source.Quote;
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Figures, "figures",
            ["extraction_id", "ordinal", "text", "value", "unit", "block_id"],
            (figure, index, row) =>
            {
                row[0] = extractionId;
                row[1] = index;
                row[2] = figure.Text;
                row[3] = Number(figure.Value);
                row[4] = figure.Unit;
                row[5] = figure.BlockId;
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Flags, "flags",
            ["extraction_id", "flag_id", "kind", "severity", "message", "stated", "computed", "expression", "quote", "section_path", "block_id", "table_id", "page"],
            (flag, _, row) =>
            {
                row[0] = extractionId;
                row[1] = flag.Id;
                row[2] = flag.Kind;
                row[3] = flag.Severity;
                row[4] = flag.Message;
                row[5] = Stated(flag.Stated);
                row[6] = Number(flag.Computed);
                row[7] = flag.Expression;
                row[8] = flag.Quote;
                row[9] = flag.Location.SectionPath;
                row[10] = flag.Location.BlockId;
                row[11] = flag.Location.TableId;
                row[12] = flag.Location.Page;
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Checks ?? [], "checks",
            ["extraction_id", "check_id", "kind", "status", "stated", "computed", "expression", "quote", "flag_id", "block_id", "table_id", "page"],
            (check, _, row) =>
            {
                row[0] = extractionId;
                row[1] = check.Id;
                row[2] = check.Kind;
                row[3] = check.Status;
                row[4] = Stated(check.Stated);
                row[5] = Number(check.Computed);
                row[6] = check.Expression;
                row[7] = check.Quote;
                row[8] = check.FlagId;
                row[9] = check.Location.BlockId;
                row[10] = check.Location.TableId;
                row[11] = check.Location.Page;
            });
    }

    /// <summary>
    /// One prepared command run per row (SQLite, in-process: a row costs microseconds), its parameters made once and set by
    /// position (a report can have hundreds of thousands of figures); where the provider batches (PostgreSQL), every row of
    /// the table in one batch, one round trip instead of one per row. <paramref name="fill"/> puts a row's values in
    /// column order into the array it is given.
    /// </summary>
    private static async Task WriteAllAsync<T>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken, IReadOnlyList<T> items, string table, string[] columns, Action<T, int, object?[]> fill)
    {
        if (items.Count == 0) return;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})";
        var row = new object?[columns.Length];
        if (connection.CanCreateBatch)
        {
            await WriteBatchAsync(connection, transaction, cancellationToken, items, sql, columns, fill, row);
            return;
        }

        await using var command = DbCommands.Create(connection, transaction, sql);
        // Named with their prefix: SQLite finds "@name" at once, where a bare "name" costs a failed lookup and three more.
        var parameters = columns.Select(c => AddParameter(command, "@" + c)).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            fill(items[i], i, row);
            for (var c = 0; c < parameters.Length; c++) parameters[c].Value = row[c] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task WriteBatchAsync<T>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken, IReadOnlyList<T> items, string sql, string[] columns, Action<T, int, object?[]> fill, object?[] row)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        for (var i = 0; i < items.Count; i++)
        {
            fill(items[i], i, row);
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            for (var c = 0; c < columns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = columns[c];
                parameter.Value = row[c] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Decimals as invariant text: exact in both databases, no float rounding.</summary>
    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Stated(StatedValue? stated) => stated is null ? null : stated.Number?.ToString(CultureInfo.InvariantCulture) ?? stated.Text;
}

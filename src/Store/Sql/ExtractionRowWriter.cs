using System.Data.Common;
using System.Globalization;
using ThiDua.Extractors.Model;

namespace ThiDua.Store.Sql;

/// <summary>Writes a report's awards, figures, flags and checks as queryable rows of one extraction (one prepared command per table).</summary>
internal static class ExtractionRowWriter
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, long extractionId, Report report, CancellationToken cancellationToken)
    {
        await WriteAllAsync(connection, transaction, cancellationToken, report.Awards,
            "INSERT INTO awards (extraction_id, ordinal, award, name, level, grantor, recipient, count, basis, status, source_kind, block_id, table_id, quote) " +
            "VALUES (@e, @i, @award, @name, @level, @grantor, @recipient, @count, @basis, @status, @kind, @block, @table, @quote)",
            (command, award, index) =>
            {
                Set(command, extractionId, index);
                DbCommands.Set(command, "award", award.Code);
                DbCommands.Set(command, "name", award.Name);
                DbCommands.Set(command, "level", award.Level);
                DbCommands.Set(command, "grantor", award.Grantor);
                DbCommands.Set(command, "recipient", award.Recipient);
                DbCommands.Set(command, "count", award.Count);
                DbCommands.Set(command, "basis", award.Basis);
                DbCommands.Set(command, "status", award.Status);
                DbCommands.Set(command, "kind", award.Source.Kind);
                DbCommands.Set(command, "block", award.Source.BlockId);
                DbCommands.Set(command, "table", award.Source.TableId);
                DbCommands.Set(command, "quote", award.Source.Quote);
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Figures,
            "INSERT INTO figures (extraction_id, ordinal, text, value, unit, block_id) VALUES (@e, @i, @text, @value, @unit, @block)",
            (command, figure, index) =>
            {
                Set(command, extractionId, index);
                DbCommands.Set(command, "text", figure.Text);
                DbCommands.Set(command, "value", Number(figure.Value));
                DbCommands.Set(command, "unit", figure.Unit);
                DbCommands.Set(command, "block", figure.BlockId);
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Flags,
            "INSERT INTO flags (extraction_id, flag_id, kind, severity, message, stated, computed, expression, quote, section_path, block_id, table_id, page) " +
            "VALUES (@e, @id, @kind, @severity, @message, @stated, @computed, @expression, @quote, @section, @block, @table, @page)",
            (command, flag, _) =>
            {
                DbCommands.Set(command, "e", extractionId);
                DbCommands.Set(command, "id", flag.Id);
                DbCommands.Set(command, "kind", flag.Kind);
                DbCommands.Set(command, "severity", flag.Severity);
                DbCommands.Set(command, "message", flag.Message);
                DbCommands.Set(command, "stated", Stated(flag.Stated));
                DbCommands.Set(command, "computed", Number(flag.Computed));
                DbCommands.Set(command, "expression", flag.Expression);
                DbCommands.Set(command, "quote", flag.Quote);
                DbCommands.Set(command, "section", flag.Location.SectionPath);
                DbCommands.Set(command, "block", flag.Location.BlockId);
                DbCommands.Set(command, "table", flag.Location.TableId);
                DbCommands.Set(command, "page", flag.Location.Page);
            });

        await WriteAllAsync(connection, transaction, cancellationToken, report.Checks ?? [],
            "INSERT INTO checks (extraction_id, check_id, kind, status, stated, computed, expression, quote, flag_id, block_id, table_id, page) " +
            "VALUES (@e, @id, @kind, @status, @stated, @computed, @expression, @quote, @flag, @block, @table, @page)",
            (command, check, _) =>
            {
                DbCommands.Set(command, "e", extractionId);
                DbCommands.Set(command, "id", check.Id);
                DbCommands.Set(command, "kind", check.Kind);
                DbCommands.Set(command, "status", check.Status);
                DbCommands.Set(command, "stated", Stated(check.Stated));
                DbCommands.Set(command, "computed", Number(check.Computed));
                DbCommands.Set(command, "expression", check.Expression);
                DbCommands.Set(command, "quote", check.Quote);
                DbCommands.Set(command, "flag", check.FlagId);
                DbCommands.Set(command, "block", check.Location.BlockId);
                DbCommands.Set(command, "table", check.Location.TableId);
                DbCommands.Set(command, "page", check.Location.Page);
            });
    }

    private static async Task WriteAllAsync<T>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken, IReadOnlyList<T> items, string sql, Action<DbCommand, T, int> bind)
    {
        if (items.Count == 0) return;
        await using var command = DbCommands.Create(connection, transaction, sql);
        for (var i = 0; i < items.Count; i++)
        {
            bind(command, items[i], i);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Set(DbCommand command, long extractionId, int index)
    {
        DbCommands.Set(command, "e", extractionId);
        DbCommands.Set(command, "i", index);
    }

    /// <summary>Decimals as invariant text: exact in both databases, no float rounding.</summary>
    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Stated(StatedValue? stated) => stated is null ? null : stated.Number?.ToString(CultureInfo.InvariantCulture) ?? stated.Text;
}

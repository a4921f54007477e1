using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Turns one award-ledger row (with its sub-rows) into records, column by column over the record columns (<see cref="LedgerColumns.RecordColumns"/>).
/// Per column, sub-rows that hold a count give the records and the parent's count is not recorded; otherwise the parent's count is. A column that
/// states no basis gives nothing on a row where a column of the same recipient and status that states one holds a count (its parts).
/// Recipient: the column's, else the sub-row's (<c>- Tập thể</c>), else the award's only kind; none known gives no record. An award that admits
/// only one kind keeps it whatever the column (an individual title counted in the collective column is still individuals). Status: the column's
/// (<c>Đề nghị</c> proposed, <c>Quyết định</c> awarded), else awarded. Basis: the sub-row's, else the column's. A cell like
/// <c>10 cá nhân và (18 LĐTT)</c> gives one record per count. Direct workers come from the SL/% columns of the record's kind on the same row.
/// </summary>
public sealed class LedgerRecordReader(AwardCatalog catalog, CountPhraseParser counts, AwardResolver resolver, TableGrid grid, LedgerColumns columns)
{
    private readonly IReadOnlyList<LedgerColumn> recordColumns = columns.RecordColumns();

    public IReadOnlyList<Award> Read(LedgerRow row, IReadOnlyList<LedgerRow> subRows, string? level)
    {
        var records = new List<Award>();
        foreach (var column in recordColumns)
        {
            var filled = subRows.Where(s => HasCount(s.Row, column.Col)).ToList();
            foreach (var source in filled.Count > 0 ? filled : [row])
            {
                if (column.Basis is null && source.Basis is null && HasBasisPart(source.Row, column)) continue;
                records.AddRange(ReadCell(source, column, level));
            }
        }

        return records;
    }

    private bool HasBasisPart(int row, LedgerColumn column) =>
        recordColumns.Any(o => o.Basis is not null && o.Recipient == column.Recipient && o.Status == column.Status && HasCount(row, o.Col));

    private bool HasCount(int row, int col) => grid.IsOrigin(row, col) && ReadCounts(grid.CellAt(row, col)).Count > 0;

    private IEnumerable<Award> ReadCell(LedgerRow row, LedgerColumn column, string? level)
    {
        var col = column.Col;
        if (!grid.IsOrigin(row.Row, col)) yield break;
        foreach (var (count, recipient, code) in ReadCounts(grid.CellAt(row.Row, col)))
        {
            var mention = code is null ? row.Mention : new AwardMention(code, null, 0, 0);
            var definition = mention.Code is null ? null : catalog.Find(mention.Code);
            var kind = recipient ?? column.Recipient ?? row.Recipient ?? definition?.SingleRecipient;
            if (kind is null) continue;
            if (definition is not null && !definition.Recipients.Contains(kind) && definition.SingleRecipient is { } only) kind = only;
            var (resolved, resolvedLevel) = resolver.Resolve(mention, kind, row.Grantor, level, null);
            var grantor = row.Grantor?.Name ?? (resolvedLevel is null ? null : AwardVocabulary.DefaultTableGrantors.GetValueOrDefault(resolvedLevel));
            var direct = code is null ? Direct(row.Row, kind) ?? (column.Recipient is { } own ? Direct(row.Row, own) : null) : null;
            yield return new Award(resolved, catalog.Find(resolved)?.DisplayName, resolvedLevel, grantor, kind, count, row.Basis ?? column.Basis,
                column.Status ?? Vocabulary.Statuses.Awarded, direct, new SourceRef("table", null, grid.Table.Id, row.Row, col, Quote(row.Row)));
        }
    }

    private List<(int Count, string? Recipient, string? Code)> ReadCounts(Cell? cell)
    {
        if (CellNumbers.Count(cell) is { } plain) return [(plain, null, null)];
        if (cell is null || cell.Text.Trim().Length == 0) return [];
        var folded = AwardText.Fold(cell.Text);
        var mentions = catalog.FindMentions(folded);
        return counts.Find(folded, mentions).Select(p => (p.Count, p.Recipient, p.AwardCode)).ToList();
    }

    private DirectWorkers? Direct(int row, string kind)
    {
        var count = columns.DirectCount(kind) is { } c && grid.IsOrigin(row, c.Col) ? CellNumbers.Count(grid.CellAt(row, c.Col)) : null;
        var percent = columns.DirectPercent(kind) is { } p && grid.IsOrigin(row, p.Col) ? CellNumbers.Percent(grid.CellAt(row, p.Col)) : null;
        return count is null && percent is null ? null : new DirectWorkers(count, percent);
    }

    private string Quote(int row) =>
        string.Join(" | ", grid.Table.Rows[row].Select(c => c.Text.Trim()).Where(t => t.Length > 0 && t is not ("-" or "+" or "*")));
}

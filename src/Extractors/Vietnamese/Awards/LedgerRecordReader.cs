using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Turns one award-table row (with its basis sub-rows) into records, column by column. The recipient is the column's kind, unless the award admits
/// only one kind (an individual title counted in the collective column is still individuals). A cell like <c>10 cá nhân và (18 LĐTT)</c> gives one
/// record per count: the plain part for the row's award, the part naming an award for that award. Direct workers come from the SL/% columns of the
/// record's kind on the same row.
/// </summary>
public sealed class LedgerRecordReader(AwardCatalog catalog, CountPhraseParser counts, AwardResolver resolver, Table table, TableGrid grid, LedgerColumns columns)
{
    public IReadOnlyList<Award> Read(LedgerRow row, IReadOnlyList<LedgerRow> subRows, string? level)
    {
        var records = new List<Award>();
        foreach (var (kind, col) in columns.Counts.OrderBy(c => c.Value))
        {
            var filled = subRows.Where(s => HasCount(s.Row, col)).ToList();
            foreach (var source in filled.Count > 0 ? filled : [row])
            {
                records.AddRange(ReadCell(source, kind, col, level));
            }
        }

        return records;
    }

    private bool HasCount(int row, int col) => grid.IsOrigin(row, col) && ReadCounts(grid.CellAt(row, col)).Count > 0;

    private IEnumerable<Award> ReadCell(LedgerRow row, string columnKind, int col, string? level)
    {
        if (!grid.IsOrigin(row.Row, col)) yield break;
        foreach (var (count, recipient, code) in ReadCounts(grid.CellAt(row.Row, col)))
        {
            var mention = code is null ? row.Mention : new AwardMention(code, null, 0, 0);
            var definition = mention.Code is null ? null : catalog.Find(mention.Code);
            var kind = recipient ?? columnKind;
            if (definition is not null && !definition.Recipients.Contains(kind) && definition.SingleRecipient is { } only) kind = only;
            var (resolved, resolvedLevel) = resolver.Resolve(mention, kind, row.Grantor, level, null);
            var grantor = row.Grantor?.Name ?? (resolvedLevel is null ? null : AwardVocabulary.DefaultTableGrantors.GetValueOrDefault(resolvedLevel));
            var direct = code is null ? Direct(row.Row, kind) ?? Direct(row.Row, columnKind) : null;
            yield return new Award(resolved, catalog.Find(resolved)?.DisplayName, resolvedLevel, grantor, kind, count, row.Basis,
                Vocabulary.Statuses.Awarded, direct, new SourceRef("table", null, table.Id, row.Row, col, Quote(row.Row)));
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
        var count = columns.DirectCounts.TryGetValue(kind, out var c) && grid.IsOrigin(row, c) ? CellNumbers.Count(grid.CellAt(row, c)) : null;
        var percent = columns.DirectPercents.TryGetValue(kind, out var p) && grid.IsOrigin(row, p) ? CellNumbers.Percent(grid.CellAt(row, p)) : null;
        return count is null && percent is null ? null : new DirectWorkers(count, percent);
    }

    private string Quote(int row) =>
        string.Join(" | ", table.Rows[row].Select(c => c.Text.Trim()).Where(t => t.Length > 0 && t is not ("-" or "+" or "*")));
}

using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// The sums an award ledger states, column by column (count and direct-worker columns, never percentages): an award row against its sub-rows
/// when both are filled, a section row against its awards, a total row (<c>Cộng</c>, <c>Tổng cộng (I + II)</c>, <c>Tổng số</c>) against what it
/// closes. A total before any award row sums everything after it; otherwise it sums the rows since the total before it (the sections among them
/// if any, else the awards), or the whole ledger before it when nothing stands between; a total that lists sections (<c>(I + II + III)</c>) sums
/// those. An award row's value is its own cell, else the sum of its filled sub-rows; a section's its own cell, else its subtotal row, else the
/// sum of its awards. An empty or <c>-</c> cell is 0. A sum is uncertain when a part holds text that is not a whole number, when the sub-rows
/// are not a partition (a <c>Trong đó</c> part, rows that name neither a basis nor a recipient), or when a row the ledger could not read holds
/// a value in the column.
/// </summary>
public static partial class LedgerSums
{
    private const string Unreadable = "Ô không đọc được thành số / A cell is not a whole number";
    private const string NotPartition = "Các dòng chi tiết không phải một phép chia (có dòng \"trong đó\" hoặc dòng không rõ) / The sub-rows are not a partition";
    private const string UnreadRow = "Có dòng không đọc được trong phạm vi cộng / A row in the summed range could not be read";
    private const string MixedSplit = "Các cột chia theo nhiều cách (đối tượng và loại hình) / The columns split the total more than one way";
    private const string MissingSection = "Dòng tổng nêu phần không có trong bảng / The total names a part the table does not have";

    public static IReadOnlyList<LedgerSum> Read(AwardLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var tree = LedgerTree.Build(ledger);
        var sums = new List<LedgerSum>();
        foreach (var column in ledger.Columns.Columns.Where(c => c.Role != LedgerColumnRole.DirectPercent))
        {
            var cells = new LedgerCellReader(ledger, column.Col);
            foreach (var award in tree.Awards)
            {
                if (cells.Read(award.Line.Row) is not { } stated || award.SubRows.Count == 0) continue;
                var filled = award.SubRows.Where(s => !cells.IsEmpty(s.Row)).ToList();
                if (filled.Count == 0) continue;
                var partition = award.SubRows.All(s => !s.IsSubset && s.Basis is not null) || award.SubRows.All(s => !s.IsSubset && s.Recipient is not null);
                sums.Add(Sum(award.Line.Row, column, stated, award.SubRows.Select(s => (s.Row, cells.Part(s.Row))), LedgerSum.SubRows, partition ? null : NotPartition));
            }

            foreach (var section in tree.Sections)
            {
                if (cells.Read(section.Line.Row) is not { } stated || section.Awards.Count == 0) continue;
                sums.Add(Sum(section.Line.Row, column, stated, section.Awards.Select(a => (a.Line.Row, LedgerTree.ValueOf(a, cells))), LedgerSum.Items, null));
            }

            foreach (var total in tree.Totals)
            {
                if (cells.Read(total.Row) is not { } stated) continue;
                var (parts, uncertainty) = tree.PartsOfTotal(total, cells);
                if (parts.Count == 0) continue;
                if (uncertainty is null && tree.HasUnreadValue(Math.Min(parts.Min(p => p.Row), total.Row), Math.Max(parts.Max(p => p.Row), total.Row), cells)) uncertainty = UnreadRow;
                sums.Add(Sum(total.Row, column, stated, parts, LedgerSum.Total, uncertainty));
            }
        }

        sums.AddRange(ColumnTotals(ledger));
        return sums;
    }

    /// <summary>
    /// Total columns (<c>Tổng số</c>) against the count columns they split into, row by row: the columns of the same status under the same group
    /// header. Certain only when those columns split one way (all by recipient, all by basis, or all by both).
    /// </summary>
    private static IEnumerable<LedgerSum> ColumnTotals(AwardLedger ledger)
    {
        var counts = ledger.Columns.Counts.ToList();
        foreach (var total in counts.Where(c => c.IsTotal))
        {
            var group = total.Header.Contains(" > ", StringComparison.Ordinal) ? total.Header[..(total.Header.LastIndexOf(" > ", StringComparison.Ordinal) + 3)] : "";
            var parts = counts.Where(c => !c.IsTotal && c.Header.StartsWith(group, StringComparison.Ordinal) && (c.Status == total.Status || total.Status is null)).ToList();
            if (parts.Count < 2 || (total.Status is null && parts.Select(p => p.Status).Distinct().Count() > 1)) continue;
            var oneWay = parts.Select(p => (p.Recipient is null, p.Basis is null)).Distinct().Count() == 1;
            var stated = new LedgerCellReader(ledger, total.Col);
            var readers = parts.Select(p => (p.Col, Cells: new LedgerCellReader(ledger, p.Col))).ToList();
            foreach (var line in ledger.Lines.Where(l => l.Kind is not (LedgerLineKind.Skipped or LedgerLineKind.Unread)))
            {
                if (stated.Read(line.Row) is not { } value || readers.All(r => r.Cells.IsEmpty(line.Row))) continue;
                yield return Sum(line.Row, total, value, readers.Select(r => (r.Col, r.Cells.Part(line.Row))), LedgerSum.Columns, oneWay ? null : MixedSplit);
            }
        }
    }

    private static LedgerSum Sum(int row, LedgerColumn column, CellValue stated, IEnumerable<(int Row, CellValue Value)> parts, string of, string? uncertainty)
    {
        var read = parts.ToList();
        if (stated.Value is null || read.Any(p => p.Value.Value is null)) uncertainty ??= Unreadable;
        return new LedgerSum(row, column, stated.Value ?? 0m, read.Select(p => (p.Row, p.Value.Value ?? 0m)).ToList(), of, uncertainty);
    }

    /// <summary>The Roman numerals a total's label lists (<c>tổng cộng (i + ii + iii+iv)</c>), or none.</summary>
    internal static IReadOnlyList<string> ListedSections(string folded)
    {
        var open = folded.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? [] : RomanToken().Matches(folded[open..]).Select(m => m.Value).ToList();
    }

    internal static string MissingSectionReason => MissingSection;

    [GeneratedRegex(@"(?<![\p{L}])[ivxl]+(?![\p{L}])")]
    private static partial Regex RomanToken();
}

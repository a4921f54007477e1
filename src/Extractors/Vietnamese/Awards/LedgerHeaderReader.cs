using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Reads the header rows of an award ledger (<see cref="LedgerWords"/>): each column's header path, top down; an empty header cell takes the text
/// on its left (a rendition that lost its column spans). The name column is the first whose header names awards (<c>Danh hiệu</c>,
/// <c>Hình thức khen thưởng</c>), the number column the one headed <c>TT</c>/<c>STT</c> (else the first column when the name column is not first).
/// Count columns are known by their header words: recipient, status, basis, total, count; the direct-worker group gives SL and % columns per
/// recipient; percentage and ignored columns (<c>Ghi chú</c>, <c>Đơn vị tính</c>) are left out.
/// </summary>
public static class LedgerHeaderReader
{
    /// <summary>The header paths (folded) of every column for header rows [start, end).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Paths(TableGrid grid, int start, int end)
    {
        var paths = Enumerable.Range(0, grid.ColumnCount).Select(_ => new List<string>()).ToList();
        var above = new Cell?[grid.ColumnCount];
        for (var r = start; r < end; r++)
        {
            var carried = "";
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid.CellAt(r, c);
                var spansDown = cell is not null && ReferenceEquals(cell, above[c]);
                above[c] = cell;
                var text = AwardText.Fold(cell?.Text ?? "");
                if (text.Length == 0 && r < end - 1 && c > 1) text = carried;
                carried = text;
                if (!spansDown && text.Length > 0) paths[c].Add(text);
            }
        }

        return paths.Select(p => (IReadOnlyList<string>)p.Distinct().ToList()).ToList();
    }

    /// <summary>The columns of header rows [start, end), or null when no column names awards or no column counts; <paramref name="name"/> forces the name column.</summary>
    public static LedgerColumns? Read(TableGrid grid, int start, int end, int? name = null)
    {
        var paths = Paths(grid, start, end);
        var nameCol = name ?? Enumerable.Range(0, paths.Count).FirstOrDefault(c => paths[c].Any(t => LedgerWords.Names(t, LedgerWords.NameColumn)) && Meaning(paths[c], null) is null, -1);
        if (nameCol < 0) return null;
        var number = Enumerable.Range(0, nameCol).FirstOrDefault(c => paths[c].Any(t => LedgerWords.NumberColumn.Contains(t.TrimEnd('.'))), nameCol > 0 ? 0 : -1);

        var columns = new List<LedgerColumn>();
        string? lastDirect = null;
        for (var c = nameCol + 1; c < paths.Count; c++)
        {
            if (Meaning(paths[c], lastDirect) is not { } column) continue;
            column = column with { Col = c };
            if (column.Role != LedgerColumnRole.Count) lastDirect = column.Recipient;
            columns.Add(column);
        }

        return columns.Any(c => c.Role == LedgerColumnRole.Count) ? new LedgerColumns(number, nameCol, columns) : null;
    }

    /// <summary>What a column's header path says it holds, or null for a column that holds no ledger counts.</summary>
    public static LedgerColumn? Meaning(IReadOnlyList<string> path, string? lastDirectRecipient)
    {
        if (path.Count == 0) return null;
        var all = string.Join(" / ", path);
        var leaf = path[^1];
        if (LedgerWords.Names(all, LedgerWords.Ignored) || LedgerWords.Names(all, LedgerWords.NameColumn) && !path.Skip(1).Any()) return null;
        var recipient = path.Reverse().Select(t => LedgerWords.ValueIn(t, LedgerWords.Recipients)).FirstOrDefault(v => v is not null);
        var status = LedgerWords.ValueIn(all, LedgerWords.Statuses);
        var basis = LedgerWords.ValueIn(all, LedgerWords.Bases);
        var percent = LedgerWords.Names(leaf, LedgerWords.Percent);
        var header = string.Join(" > ", path);
        if (LedgerWords.Names(all, LedgerWords.Direct))
        {
            recipient ??= lastDirectRecipient;
            return recipient is null ? null : new LedgerColumn(0, percent ? LedgerColumnRole.DirectPercent : LedgerColumnRole.DirectCount, recipient, status, basis, false, header);
        }

        if (percent) return null;
        var total = LedgerWords.Names(leaf, LedgerWords.Total) && LedgerWords.ValueIn(leaf, LedgerWords.Recipients) is null && LedgerWords.ValueIn(leaf, LedgerWords.Bases) is null;
        var counts = recipient is not null || status is not null || basis is not null || total || LedgerWords.Names(all, LedgerWords.Count);
        return counts ? new LedgerColumn(0, LedgerColumnRole.Count, recipient, status, basis, total, header) : null;
    }
}

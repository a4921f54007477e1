using System.Text.RegularExpressions;
using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Awards;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A table's parent rows against their sub-rows: an item (<c>4 Giấy khen</c>) against its breakdown rows
/// (<c>- Khen chuyên đề</c>, <c>- Khen thường xuyên</c>), a part (<c>III</c>) against its items, and a total row
/// (<c>TỔNG CỘNG (I + II + III + IV)</c>) against the parts. A parent cell that is empty claims nothing; a child left empty
/// counts as the sum of its own children. Percentage columns and percentage rows (<c>Tỷ lệ ...</c>, unit <c>%</c>) are not summed. Tables holding an award ledger are left to <see cref="AwardTableTotalsCheck"/>.
/// </summary>
public sealed partial class TableSumCheck : IConsistencyCheck
{
    private readonly AwardLedgerReader ledgers = new(KnowledgeCatalog.Awards, new GrantorParser());

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (table, sectionPath) in context.Tables)
        {
            if (ledgers.Read(context.GridOf(table)).Count > 0) continue; // award ledgers are AwardTableTotalsCheck's
            var columns = new TableColumns(context.GridOf(table));
            if (!columns.IsUsable) continue;
            var grid = columns.Grid;
            var rows = Enumerable.Range(grid.HeaderRows, grid.RowCount - grid.HeaderRows)
                .Select(r => (Row: r, Kind: IsPercentRow(grid, columns, r) ? TableRowKind.Other : TableRowClassifier.Classify(columns.NumberingOf(r), columns.LabelOf(r))))
                .ToList();
            foreach (var col in columns.Counts)
            {
                foreach (var flag in CheckColumn(grid, rows, col, table, sectionPath)) yield return flag;
            }
        }
    }

    private static IEnumerable<Finding> CheckColumn(TableGrid grid, List<(int Row, TableRowKind Kind)> rows, int col, Table table, string sectionPath)
    {
        var partValues = new List<decimal?>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, kind) = rows[i];
            if (kind is TableRowKind.Item)
            {
                var children = ChildrenOf(rows, i, TableRowKind.SubRow, TableRowKind.Item, TableRowKind.Part, TableRowKind.Total).Select(r => grid.ValueAt(r, col)).ToList();
                var flag = Compare(grid, row, col, children, table, sectionPath, "các dòng chi tiết");
                if (flag is not null) yield return flag;
            }
            else if (kind is TableRowKind.Part)
            {
                var items = ChildrenOf(rows, i, TableRowKind.Item, TableRowKind.Part, TableRowKind.Total).Select(r => Effective(grid, rows, r, col)).ToList();
                var flag = Compare(grid, row, col, items, table, sectionPath, "các mục");
                if (flag is not null) yield return flag;
                partValues.Add(grid.ValueAt(row, col) ?? Sum(items));
            }
            else if (kind is TableRowKind.Total)
            {
                var flag = Compare(grid, row, col, partValues, table, sectionPath, "các phần");
                if (flag is not null) yield return flag;
            }
        }
    }

    /// <summary>A row of percentages (<c>Tỷ lệ ...</c>, a <c>%</c> unit cell) is neither a total nor a part of one.</summary>
    private static bool IsPercentRow(TableGrid grid, TableColumns columns, int row) =>
        PercentLabel().IsMatch(columns.LabelOf(row))
        || Enumerable.Range(0, grid.ColumnCount).Any(c => grid.TextAt(row, c) is "%" || (!columns.Counts.Contains(c) && grid.TextAt(row, c).EndsWith('%')));

    private static IEnumerable<int> ChildrenOf(List<(int Row, TableRowKind Kind)> rows, int index, TableRowKind childKind, params TableRowKind[] stops)
    {
        for (var j = index + 1; j < rows.Count; j++)
        {
            if (stops.Contains(rows[j].Kind) && rows[j].Kind != childKind) yield break;
            if (rows[j].Kind == childKind) yield return rows[j].Row;
            else if (rows[j].Kind == TableRowKind.Item && childKind == TableRowKind.SubRow) yield break;
        }
    }

    private static decimal? Effective(TableGrid grid, List<(int Row, TableRowKind Kind)> rows, int row, int col)
    {
        if (grid.ValueAt(row, col) is { } value) return value;
        var index = rows.FindIndex(r => r.Row == row);
        return Sum(ChildrenOf(rows, index, TableRowKind.SubRow, TableRowKind.Item, TableRowKind.Part, TableRowKind.Total).Select(r => grid.ValueAt(r, col)));
    }

    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Sum();
    }

    private static Finding? Compare(TableGrid grid, int row, int col, List<decimal?> children, Table table, string sectionPath, string what)
    {
        if (grid.ValueAt(row, col) is not { } stated || Sum(children) is not { } sum) return null;
        var whole = grid.DecimalsAt(row, col) == 0 && children.All(v => v is null || v.Value == decimal.Truncate(v.Value));
        var tolerance = whole ? 0m : Agreement.ToleranceFor(grid.DecimalsAt(row, col));
        var agrees = Agreement.Agrees(stated, sum, tolerance, false);
        var header = string.Join(" > ", grid.HeaderPath(col));
        var parts = children.Where(v => v is not null).Select(v => VietnameseNumberFormatter.Format(v!.Value, 0)).ToList();
        return Finding.Verdict(
            agrees,
            Vocabulary.FlagKinds.TableSumMismatch,
            $"Bảng, cột \"{header}\": dòng \"{grid.RowQuote(row)}\" ghi {VietnameseNumberFormatter.Format(stated, grid.DecimalsAt(row, col))} nhưng {what} cộng lại {VietnameseNumberFormatter.FormatComputed(sum, 0)}",
            StatedValue.Of(stated),
            sum,
            tolerance,
            string.Join(" + ", parts),
            grid.RowQuote(row),
            new FlagLocation(sectionPath, null, null, table.Id, row, col, table.Page));
    }

    [GeneratedRegex(@"^\s*tỷ lệ|\(%\)|%\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentLabel();
}

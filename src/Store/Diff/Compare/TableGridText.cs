using ThiDua.Extractors.Model;

namespace ThiDua.Store.Diff.Compare;

/// <summary>A table's rows as the texts of the cells that start in them, each at its grid column (spans resolved).</summary>
internal static class TableGridText
{
    public static IReadOnlyList<IReadOnlyDictionary<int, string>> Rows(Table table)
    {
        var covered = new HashSet<(int Row, int Col)>();
        var rows = new List<IReadOnlyDictionary<int, string>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = new SortedDictionary<int, string>();
            var col = 0;
            foreach (var cell in table.Rows[r])
            {
                while (covered.Contains((r, col))) col++;
                cells[col] = cell.Text;
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, cell.ColSpan); dc++) covered.Add((r + dr, col + dc));
                }

                col += Math.Max(1, cell.ColSpan);
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static string RowText(IReadOnlyDictionary<int, string> row) => string.Join(" | ", row.OrderBy(c => c.Key).Select(c => c.Value));
}

using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>A table's cells laid on the full grid: every position knows the cell that covers it (HTML model spans expanded).</summary>
public sealed class TableGrid
{
    private readonly Cell?[][] cells;
    private readonly bool[][] origins;

    public TableGrid(Table table)
    {
        Rows = table.Rows.Count;
        var width = 0;
        var occupied = new List<Dictionary<int, (Cell Cell, bool Origin)>>();
        for (var r = 0; r < Rows; r++) occupied.Add([]);
        for (var r = 0; r < Rows; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (occupied[r].ContainsKey(c)) c++;
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan) && r + dr < Rows; dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, cell.ColSpan); dc++)
                    {
                        occupied[r + dr][c + dc] = (cell, dr == 0 && dc == 0);
                    }
                }

                c += Math.Max(1, cell.ColSpan);
                width = Math.Max(width, c);
            }
        }

        Columns = width;
        cells = occupied.Select(row => Enumerable.Range(0, width).Select(c => row.TryGetValue(c, out var x) ? x.Cell : null).ToArray()).ToArray();
        origins = occupied.Select(row => Enumerable.Range(0, width).Select(c => row.TryGetValue(c, out var x) && x.Origin).ToArray()).ToArray();
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The text covering a position ("" when nothing does).</summary>
    public string Text(int row, int col) => col < Columns ? cells[row][col]?.Text ?? "" : "";

    public Cell? CellAt(int row, int col) => col < Columns ? cells[row][col] : null;

    /// <summary>Whether the cell covering the position starts there (a value is read only at its origin).</summary>
    public bool IsOrigin(int row, int col) => col < Columns && origins[row][col];
}

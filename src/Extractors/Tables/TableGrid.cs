using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tables;

/// <summary>
/// A table expanded from the HTML model to a full grid: every position knows the cell covering it and that cell's origin.
/// Row and column indexes are grid positions (row 0 is the first header row). Built once per table and document
/// (<see cref="Prose.ReportText.GridOf"/>) and shared by the award table reader and the table checks.
/// </summary>
public sealed class TableGrid
{
    private readonly (Cell Cell, int Row, int Col)?[,] _grid;

    public TableGrid(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        var rows = table.Rows.Count;
        var cols = 0;
        var occupied = new HashSet<(int, int)>();
        var placed = new List<(Cell Cell, int Row, int Col)>();
        for (var r = 0; r < rows; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (occupied.Contains((r, c))) c++;
                placed.Add((cell, r, c));
                for (var dr = 0; dr < Math.Max(1, cell.RowSpan); dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, cell.ColSpan); dc++) occupied.Add((r + dr, c + dc));
                }

                c += Math.Max(1, cell.ColSpan);
                cols = Math.Max(cols, c);
            }
        }

        RowCount = rows;
        ColumnCount = cols;
        _grid = new (Cell, int, int)?[rows, cols];
        foreach (var item in placed)
        {
            for (var dr = 0; dr < Math.Max(1, item.Cell.RowSpan) && item.Row + dr < rows; dr++)
            {
                for (var dc = 0; dc < Math.Max(1, item.Cell.ColSpan) && item.Col + dc < cols; dc++) _grid[item.Row + dr, item.Col + dc] = item;
            }
        }
    }

    public Table Table { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public int HeaderRows => Math.Min(Table.HeaderRows, RowCount);

    /// <summary>The cell covering a position, wherever it starts, or null (also for a column beyond the grid).</summary>
    public Cell? CellAt(int row, int col) => col < ColumnCount && _grid[row, col] is { } item ? item.Cell : null;

    /// <summary>Whether the cell covering the position starts there (a value is read only at its origin).</summary>
    public bool IsOrigin(int row, int col) => col < ColumnCount && _grid[row, col] is { } item && item.Row == row && item.Col == col;

    /// <summary>The text of the cell covering a position, as written ("" when nothing covers it).</summary>
    public string CoveringText(int row, int col) => CellAt(row, col)?.Text ?? string.Empty;

    public IEnumerable<(int Row, int Col, Cell Cell)> Origins()
    {
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (_grid[r, c] is { } item && item.Row == r && item.Col == c) yield return (r, c, item.Cell);
            }
        }
    }

    /// <summary>The text of the cell starting at (row, col), or empty when the position is covered from elsewhere, empty or beyond the grid.</summary>
    public string TextAt(int row, int col) => IsOrigin(row, col) ? _grid[row, col]!.Value.Cell.Text.Trim() : string.Empty;

    /// <summary>The number of the cell starting at (row, col), or null (also beyond the grid).</summary>
    public decimal? ValueAt(int row, int col)
    {
        if (!IsOrigin(row, col)) return null;
        var cell = _grid[row, col]!.Value.Cell;
        if (cell.Value is { } value) return value;
        return NumberReader.TryReadCellValue(cell.Text, out var read) ? read : null;
    }

    /// <summary>The decimals written in the cell starting at (row, col).</summary>
    public int DecimalsAt(int row, int col)
    {
        var text = TextAt(row, col);
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? 0 : text[(comma + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }

    /// <summary>The header texts above a column, top down, each spanning cell once (none for a column beyond the grid).</summary>
    public IReadOnlyList<string> HeaderPath(int col)
    {
        var path = new List<string>();
        if (col >= ColumnCount) return path;
        (Cell, int, int)? last = null;
        for (var r = 0; r < HeaderRows; r++)
        {
            if (_grid[r, col] is not { } item || Equals(item, last)) continue;
            last = item;
            var text = item.Cell.Text.Trim();
            if (text.Length > 0) path.Add(text);
        }

        return path;
    }

    public string RowQuote(int row) =>
        string.Join(" | ", Enumerable.Range(0, ColumnCount).Select(c => TextAt(row, c)).Where(t => t.Length > 0));
}

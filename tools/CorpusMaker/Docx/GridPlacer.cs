using CorpusMaker.Tdm;

namespace CorpusMaker.Docx;

/// <summary>Places the cells of an HTML-model table on a grid, adding vMerge continuations and padding short rows.</summary>
public sealed class GridPlacer(Diagnostics diagnostics)
{
    public PlacedTable Place(TdmTable table)
    {
        var rowCount = table.Rows.Count;
        var occupied = new List<HashSet<int>>();
        var rows = new List<List<PlacedCell>>();
        for (var r = 0; r < rowCount; r++)
        {
            occupied.Add([]);
            rows.Add([]);
        }

        for (var r = 0; r < rowCount; r++)
        {
            var column = 0;
            foreach (var cell in table.Rows[r])
            {
                while (occupied[r].Contains(column))
                {
                    column++;
                }

                var rowSpan = ClampRowSpan(cell, r, rowCount, table.Line);
                Occupy(occupied, r, column, rowSpan, cell.ColSpan, table.Line);
                rows[r].Add(new PlacedCell(cell, column, rowSpan, cell.ColSpan, false));
                for (var below = r + 1; below < r + rowSpan; below++)
                {
                    rows[below].Add(new PlacedCell(cell, column, rowSpan, cell.ColSpan, true));
                }

                column += cell.ColSpan;
            }
        }

        var columnCount = occupied.Max(set => set.Count == 0 ? 0 : set.Max() + 1);
        Pad(rows, occupied, columnCount, table.Line);
        return new PlacedTable(
            columnCount,
            table.HeaderRows,
            rows.Select(row => (IReadOnlyList<PlacedCell>)row.OrderBy(cell => cell.Column).ToList()).ToList());
    }

    private int ClampRowSpan(TdmCell cell, int row, int rowCount, int line)
    {
        if (row + cell.RowSpan <= rowCount)
        {
            return cell.RowSpan;
        }

        diagnostics.Warn(line, $"table row {row + 1}: cell '{cell.Text}' spans {cell.RowSpan} rows, past the end of the table");
        return rowCount - row;
    }

    private void Occupy(List<HashSet<int>> occupied, int row, int column, int rowSpan, int colSpan, int line)
    {
        for (var r = row; r < row + rowSpan; r++)
        {
            for (var c = column; c < column + colSpan; c++)
            {
                if (!occupied[r].Add(c))
                {
                    diagnostics.Warn(line, $"table row {r + 1}, column {c + 1}: two cells overlap");
                }
            }
        }
    }

    private void Pad(List<List<PlacedCell>> rows, List<HashSet<int>> occupied, int columnCount, int line)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var missing = Enumerable.Range(0, columnCount).Where(c => !occupied[r].Contains(c)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            diagnostics.Warn(line, $"table row {r + 1} covers {columnCount - missing.Count} of {columnCount} columns; padded with {missing.Count} empty cell(s)");
            foreach (var column in missing)
            {
                rows[r].Add(new PlacedCell(new TdmCell(string.Empty, 1, 1), column, 1, 1, false));
            }
        }
    }
}

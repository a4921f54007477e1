using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The roles of a commendation table's columns read from its header: the numbering column (<c>TT</c>), the label column
/// (<c>Danh hiệu ... / hình thức ...</c>), the count columns and the percentage columns (<c>%</c>, <c>Tỷ lệ</c>).
/// </summary>
public sealed class TableColumns
{
    public TableColumns(TableGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        Grid = grid;
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var path = grid.HeaderPath(c);
            var leaf = path.Count > 0 ? path[^1] : string.Empty;
            if (Numbering is null && leaf is "TT" or "STT" or "Stt") Numbering = c;
            else if (Label is null && path.Any(p => p.Contains("Danh hiệu", StringComparison.OrdinalIgnoreCase) || p.Contains("hình thức", StringComparison.OrdinalIgnoreCase) || p.Contains("Nội dung", StringComparison.OrdinalIgnoreCase))) Label = c;
            else if (leaf == "%" || leaf.StartsWith("Tỷ lệ", StringComparison.OrdinalIgnoreCase)) Percent.Add(c);
            else if (path.Count > 0) Counts.Add(c);
        }
    }

    public TableGrid Grid { get; }

    public int? Numbering { get; }

    public int? Label { get; }

    public List<int> Counts { get; } = [];

    public List<int> Percent { get; } = [];

    public bool IsUsable => Label is not null && Grid.HeaderRows > 0 && Counts.Count > 0;

    public string LabelOf(int row) => Label is { } c ? Grid.TextAt(row, c) : string.Empty;

    public string NumberingOf(int row) => Numbering is { } c ? Grid.TextAt(row, c) : string.Empty;
}

using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Reads the cells of one ledger column for sums: empty or a dash is no value (0 as a part), a whole number its value, other text unreadable.</summary>
public sealed class LedgerCellReader(AwardLedger ledger, int col)
{
    private readonly TableGrid grid = ledger.Grid;

    public bool IsEmpty(int row) => Text(row) is "" or "-" or "–" or "—";

    /// <summary>The cell as a stated value, or null when it is empty (no claim).</summary>
    public CellValue? Read(int row)
    {
        if (IsEmpty(row)) return null;
        return grid.ValueAt(row, col) is { } value && value == decimal.Truncate(value) && value >= 0 ? new CellValue(value) : CellValue.Unreadable;
    }

    /// <summary>The cell as a part of a sum: an empty cell counts 0.</summary>
    public CellValue Part(int row) => Read(row) ?? CellValue.Zero;

    private string Text(int row) => grid.IsOrigin(row, col) ? grid.TextAt(row, col) : "";
}

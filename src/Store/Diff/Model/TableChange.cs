namespace ThiDua.Store.Diff.Model;

/// <summary>A table added, removed or changed; for a changed table, its rows added and removed and the cells that differ.</summary>
public sealed record TableChange(string Change, string? AId, string? BId, string? Caption, int RowsAdded, int RowsRemoved, IReadOnlyList<CellChange> Cells);

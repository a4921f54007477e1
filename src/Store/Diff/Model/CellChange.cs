namespace ThiDua.Store.Diff.Model;

/// <summary>A cell whose text differs in rows matched between the two tables (0-based grid positions), or a whole row added or removed.</summary>
public sealed record CellChange(int? ARow, int? BRow, int Col, string? A, string? B);

namespace ThiDua.Store.Export;

/// <summary>One table of the cleaned dataset, rows in the order of the columns; every writer writes these same rows.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);

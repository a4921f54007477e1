namespace ThiDua.Store.Export.Xlsx;

/// <summary>
/// A sheet to write: rows of cells from A1, how many top rows stay frozen, whether the last frozen row gets an auto-filter
/// over the data, merged ranges (<c>A1:C1</c>) and column widths in characters.
/// </summary>
internal sealed record XlsxSheet(
    string Name,
    IReadOnlyList<IReadOnlyList<XlsxCell>> Rows,
    int FrozenRows = 0,
    bool AutoFilter = false,
    IReadOnlyList<string>? Merges = null,
    IReadOnlyList<double>? ColumnWidths = null);

namespace ThiDua.Extractors.Model;

/// <summary>
/// A table. Rows follow the HTML model: each row lists only the cells that start in it, left to right;
/// a cell spanning rows or columns covers the grid positions to its right and below, which are not listed again.
/// </summary>
public sealed record Table(
    string Id,
    string? Caption,
    string? Appendix,
    int HeaderRows,
    IReadOnlyList<IReadOnlyList<Cell>> Rows,
    int? Page = null);

/// <summary>A table cell; Value is the normalized number when the cell holds exactly one readable number.</summary>
public sealed record Cell(string Text, int RowSpan, int ColSpan, decimal? Value);

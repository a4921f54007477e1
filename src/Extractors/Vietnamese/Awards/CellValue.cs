namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>A ledger cell read for a sum: a whole number, or null <see cref="Value"/> when the cell holds text that is not one.</summary>
public readonly record struct CellValue(decimal? Value)
{
    public static CellValue Zero { get; } = new(0m);

    public static CellValue Unreadable { get; } = new(null);

    public static CellValue operator +(CellValue a, CellValue b) => new(a.Value is { } x && b.Value is { } y ? x + y : null);

    public static CellValue Add(CellValue a, CellValue b) => a + b;
}

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// A sum an award ledger states in one column: the cell at (<see cref="Row"/>, <see cref="Column"/>) against the rows it sums (<see cref="Parts"/>,
/// each with its value, an empty cell 0). <see cref="Of"/> says what is summed (<c>sub_rows</c>: a parent against its breakdown, <c>items</c>: a
/// section against its awards, <c>total</c>: a total row against the sections or awards it closes). <see cref="Uncertainty"/> is null when the
/// reading is certain (every part read as a whole number, the breakdown a partition), otherwise why it is not (Vietnamese / English).
/// </summary>
public sealed record LedgerSum(int Row, LedgerColumn Column, decimal Stated, IReadOnlyList<(int Row, decimal Value)> Parts, string Of, string? Uncertainty)
{
    public const string SubRows = "sub_rows";
    public const string Items = "items";
    public const string Total = "total";
    public const string Columns = "columns";

    public decimal Sum => Parts.Sum(p => p.Value);
}

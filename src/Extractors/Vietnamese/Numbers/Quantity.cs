namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// A quantity read from a sentence: Value already multiplied by its scale word (<c>33,4 triệu</c> is 33 400 000),
/// Unit the canonical unit (<c>%</c> for a percentage, <c>tạ/ha</c> for a rate, null when none is written).
/// A fraction <c>149,2/145 ha</c> is the numerator with its Denominator; UnitWritten is false when the numerator
/// takes its unit from the denominator. Start and End (exclusive) index the scanned text.
/// </summary>
public sealed record Quantity(
    string Text,
    int Start,
    int End,
    decimal Value,
    int Decimals,
    decimal Scale,
    string? Unit,
    bool UnitWritten,
    Quantity? Denominator)
{
    public bool IsPercent => Unit == "%";

    public bool IsRate => Unit is not null && Unit.Length > 1 && Unit.Contains('/', StringComparison.Ordinal);

    public bool IsFraction => Denominator is not null;

    /// <summary>One unit of the last written decimal, in the quantity's own scale (10^-d × scale).</summary>
    public decimal Tolerance => Agreement.ToleranceFor(Decimals, Scale);
}

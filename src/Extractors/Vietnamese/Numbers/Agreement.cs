namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// The spec's tolerance rule: a stated figure with d decimals agrees with a computed one when they are within
/// one unit of its last decimal (10^-d, times its scale word), so rounding and truncation both pass;
/// percentages a point or more apart never agree. Sums and products of whole numbers are exact and get no tolerance.
/// </summary>
public static class Agreement
{
    public static decimal ToleranceFor(int decimals, decimal scale = 1m)
    {
        var tolerance = 1m;
        for (var i = 0; i < decimals; i++) tolerance /= 10m;
        return tolerance * scale;
    }

    /// <summary>
    /// The tolerance for a stated figure computed by exact arithmetic: when the stated figure and every operand are whole
    /// numbers written without decimals or scale words, no rounding can have happened and the tolerance is 0.
    /// </summary>
    public static decimal ToleranceFor(Quantity stated, IEnumerable<Quantity> operands) =>
        IsWhole(stated) && operands.All(IsWhole) ? 0m : stated.Tolerance;

    private static bool IsWhole(Quantity quantity) => quantity.Decimals == 0 && quantity.Scale == 1m && quantity.Value == decimal.Truncate(quantity.Value);

    public static bool Agrees(decimal stated, decimal computed, decimal tolerance, bool isPercent)
    {
        var difference = Math.Abs(stated - computed);
        if (isPercent && difference >= 1m) return false;
        return difference <= tolerance;
    }
}

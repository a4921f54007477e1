using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>What a quantity plays in its sentence: a change (<c>giảm 8 con</c>), a part of a total, a subset (<c>riêng</c>).</summary>
public static partial class QuantityRoles
{
    /// <summary>True when the quantity is a change or a difference (after <c>giảm</c>, <c>tăng</c>, <c>vượt</c> ...), never a part of a total.</summary>
    public static bool IsChange(string text, Quantity quantity) => ChangeBefore().IsMatch(text[..quantity.Start]);

    /// <summary>True for a plain amount: not a percentage, not a rate.</summary>
    public static bool IsAmount(Quantity quantity) => !quantity.IsPercent && !quantity.IsRate;

    /// <summary>Whether two units are the same or convert into each other.</summary>
    public static bool SameUnit(string? a, string? b) =>
        a is not null && b is not null && (a == b || UnitCatalog.Convert(1m, a, b) is not null);

    /// <summary>The value of <paramref name="quantity"/> in <paramref name="unit"/>.</summary>
    public static decimal ValueIn(Quantity quantity, string unit) =>
        quantity.Unit is null ? quantity.Value : UnitCatalog.Convert(quantity.Value, quantity.Unit, unit) ?? quantity.Value;

    [GeneratedRegex(@"(?i)(giảm|tăng|vượt|thêm|hơn|thiếu|chênh lệch|tiết kiệm)(\s+được)?(\s+(so với|cho)[^\d]{0,40})?\s*$")]
    private static partial Regex ChangeBefore();
}

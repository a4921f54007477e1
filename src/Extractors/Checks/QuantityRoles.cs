using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// What a quantity plays in its sentence: a change (<c>giảm 8 con</c>), a bound of a range (<c>từ 14 tuổi đến dưới 16 tuổi</c>),
/// an approximation (<c>trên 4.665 hộ</c>), something set apart (<c>riêng</c>, <c>không kể</c>), and what its term is (<see cref="TermType"/>).
/// </summary>
public static partial class QuantityRoles
{
    /// <summary>True when the quantity is a change or a difference (after <c>giảm</c>, <c>tăng</c>, <c>vượt</c> ...), never a part of a total.</summary>
    public static bool IsChange(string text, Quantity quantity) => ChangeBefore().IsMatch(text[..quantity.Start]);

    /// <summary>True when the quantity bounds a range (<c>từ 14 tuổi</c>, <c>30 tuổi trở lên</c>, <c>14 - 16</c>): a limit, not an amount.</summary>
    public static bool IsBound(string text, Quantity quantity) =>
        CheckWords.RangeBefore.IsMatch(text[..quantity.Start]) || CheckWords.RangeAfter.IsMatch(text[quantity.End..]);

    /// <summary>True when the quantity is written as not exact (<c>trên 4.665 hộ</c>, <c>khoảng 100 cây</c>).</summary>
    public static bool IsApproximate(string text, Quantity quantity) => CheckWords.ApproximateBefore.IsMatch(text[..quantity.Start]);

    /// <summary>True when an exclusion word of the same clause sets the quantity apart (<c>riêng huyện A: 02 cụm</c>, <c>không kể 3 hộ</c>).</summary>
    public static bool IsExcluded(string text, Quantity quantity) => CheckWords.ExclusionBefore.IsMatch(text[..quantity.Start]);

    /// <summary>True for a plain amount: not a percentage, not a rate.</summary>
    public static bool IsAmount(Quantity quantity) => !quantity.IsPercent && !quantity.IsRate;

    /// <summary>True for a term that can be a total or a part: an amount that is not an age, a bound or a change.</summary>
    public static bool IsAdditive(string text, Quantity quantity) =>
        IsAmount(quantity) && TypeOf(quantity) is not (TermType.Age or TermType.Duration) && !IsChange(text, quantity) && !IsBound(text, quantity);

    /// <summary>The type of a term, from its unit.</summary>
    public static TermType TypeOf(Quantity quantity)
    {
        if (quantity.IsPercent) return TermType.Percent;
        if (quantity.IsRate) return TermType.Rate;
        if (quantity.Unit is null) return TermType.Number;
        if (quantity.Unit == "tuổi") return TermType.Age;
        return UnitCatalog.Find(quantity.Unit)?.Kind switch
        {
            UnitKind.Area => TermType.Area,
            UnitKind.Length => TermType.Length,
            UnitKind.Volume => TermType.Volume,
            UnitKind.Mass => TermType.Mass,
            UnitKind.Money => TermType.Money,
            UnitKind.Time => TermType.Duration,
            _ => TermType.Count,
        };
    }

    /// <summary>Whether two units are the same or convert into each other.</summary>
    public static bool SameUnit(string? a, string? b) =>
        a is not null && b is not null && (a == b || UnitCatalog.Convert(1m, a, b) is not null);

    /// <summary>
    /// Whether a part in <paramref name="part"/> counts toward a total in <paramref name="total"/>: the same unit, a unit of the same
    /// family (<c>trẻ</c> toward <c>học sinh</c>), or any count toward a container (<c>lượt</c>).
    /// </summary>
    public static bool CountsToward(string? part, string? total) =>
        SameUnit(part, total)
        || (part is not null && total is not null && (CheckWords.FamilyOf(part) == CheckWords.FamilyOf(total)
            || (CheckWords.ContainerUnits.Contains(total) && UnitCatalog.Find(part)?.Kind == UnitKind.Count)));

    /// <summary>
    /// The quantity with its unit read from the subject when none is written after it: <c>Tổng số học sinh là 325</c> is 325 học sinh.
    /// </summary>
    public static Quantity WithSubjectUnit(string text, Quantity quantity)
    {
        if (quantity.Unit is not null) return quantity;
        var subject = SubjectBefore().Match(text[..quantity.Start]);
        if (!subject.Success) return quantity;
        var noun = subject.Groups["noun"];
        var unit = UnitCatalog.MatchAt(text, noun.Index);
        if (unit is null || unit.Unit.Kind != UnitKind.Count || !SubjectLink().IsMatch(text[unit.End..quantity.Start])) return quantity;
        return quantity with { Unit = unit.Unit.Name, UnitWritten = true };
    }

    /// <summary>The value of <paramref name="quantity"/> in <paramref name="unit"/>.</summary>
    public static decimal ValueIn(Quantity quantity, string unit) =>
        quantity.Unit is null ? quantity.Value : UnitCatalog.Convert(quantity.Value, quantity.Unit, unit) ?? quantity.Value;

    [GeneratedRegex(@"(?i)(?<![\p{L}])số\s+(?<noun>\p{L}[^\d;:()]{0,60})$")]
    private static partial Regex SubjectBefore();

    [GeneratedRegex(@"(?i)^[\p{L}\s,]{0,50}?(?:là|:|có|đạt|được)?\s*:?\s*$")]
    private static partial Regex SubjectLink();

    [GeneratedRegex(@"(?i)(giảm|tăng|vượt|thêm|hơn|thiếu|chênh lệch|tiết kiệm)(\s+được)?(\s+(so với|cho)[^\d]{0,40})?\s*$")]
    private static partial Regex ChangeBefore();
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Verifies a recognized total-and-parts claim. Exhaustive parts (<c>gồm</c>, a colon, a footnote, a list with a catch-all part
/// such as <c>cây trồng khác</c>) must add up to the total within its tolerance. Partial parts (<c>trong đó</c>) may name only some
/// groups, and groups of people may overlap (<c>trong đó 10 hộ dân tộc thiểu số, 8 hộ có người cao tuổi</c>): such a claim is a
/// mismatch only when one part alone exceeds the total, or when parts that cannot overlap (land, mass or volume shares; parts whose
/// labels name different values of one attribute, see <see cref="PartLabels"/>) add up to more than the whole;
/// it is consistent when the parts add up to the total, otherwise unverifiable. A total or part written as approximate
/// (<c>trên 694 ha</c>) makes a disagreeing claim unverifiable.
/// </summary>
public static class PartsComparison
{
    public static Finding? Compare(Quantity total, IReadOnlyList<Quantity> parts, bool exhaustive, string quote, FlagLocation location, string kind = Vocabulary.FlagKinds.SumMismatch, bool approximate = false, bool disjoint = false)
    {
        if (parts.Count == 0 || (exhaustive && parts.Count < 2) || total.Unit is null) return null;
        var unit = total.Unit;
        var sum = parts.Sum(p => QuantityRoles.ValueIn(p, unit));
        var tolerance = Agreement.ToleranceFor(total, parts);
        var expression = string.Join(" + ", parts.Select(NumberText.Stated));
        var stated = StatedValue.Of(total.Value);
        if (Agreement.Agrees(total.Value, sum, tolerance, total.IsPercent)) return Finding.Consistent(kind, stated, sum, tolerance, expression, quote, location);
        var largest = parts.Max(p => QuantityRoles.ValueIn(p, unit));
        var oneExceeds = largest > total.Value + tolerance;
        var certain = exhaustive || oneExceeds || (sum > total.Value && parts.Count > 1 && (disjoint || Partitioned(total)));
        if (!certain)
        {
            var reason = sum < total.Value
                ? "Các thành phần \"trong đó\" có thể chỉ là một phần của tổng / The parts after \"trong đó\" may name only some of the total"
                : "Các thành phần \"trong đó\" có thể chồng lấn nhau / The parts after \"trong đó\" may overlap";
            return Finding.Unverifiable(kind, reason, stated, sum, expression, quote, location);
        }

        if (approximate) return Finding.Unverifiable(kind, "Tổng hoặc thành phần là số ước lượng / The total or a part is approximate", stated, sum, expression, quote, location);
        var claim = exhaustive || !oneExceeds ? "tổng các thành phần" : "một thành phần \"trong đó\" lớn hơn cả tổng";
        return Finding.Mismatch(
            kind,
            $"Tổng {NumberText.Stated(total)}{NumberText.Unit(unit)} không khớp {claim}: {expression} = {NumberText.Of(sum / total.Scale, total.Decimals)}{ScaleWord(total.Scale)}{NumberText.Unit(unit)}",
            stated,
            sum,
            tolerance,
            expression,
            quote,
            location);
    }

    /// <summary>Land, mass and volume split into shares do not overlap: their parts cannot add up to more than the whole.</summary>
    private static bool Partitioned(Quantity total) => QuantityRoles.TypeOf(total) is TermType.Area or TermType.Mass or TermType.Volume;

    private static string ScaleWord(decimal scale) => scale switch
    {
        1_000m => " nghìn",
        1_000_000m => " triệu",
        1_000_000_000m => " tỷ",
        _ => string.Empty,
    };
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Compares a stated total with its parts. Exhaustive parts must add up to the total within the total's tolerance;
/// a partial list (<c>trong đó</c>) may name overlapping groups (<c>trong đó 10 hộ dân tộc thiểu số, 8 hộ có người cao tuổi</c>),
/// so it is flagged only when one of its parts alone exceeds the total.
/// </summary>
public static class PartsComparison
{
    public static Finding? Compare(Quantity total, IReadOnlyList<Quantity> parts, bool exhaustive, string quote, FlagLocation location, string kind = Vocabulary.FlagKinds.SumMismatch)
    {
        if (parts.Count == 0 || (exhaustive && parts.Count < 2) || total.Unit is null) return null;
        var unit = total.Unit;
        var sum = parts.Sum(p => QuantityRoles.ValueIn(p, unit));
        var tolerance = Agreement.ToleranceFor(total, parts);
        var agrees = exhaustive
            ? Agreement.Agrees(total.Value, sum, tolerance, total.IsPercent)
            : parts.Max(p => QuantityRoles.ValueIn(p, unit)) <= total.Value + tolerance;
        var expression = string.Join(" + ", parts.Select(NumberText.Stated));
        var claim = exhaustive ? "tổng các thành phần" : "một thành phần \"trong đó\" lớn hơn cả tổng";
        return Finding.Verdict(
            agrees,
            kind,
            $"Tổng {NumberText.Stated(total)}{NumberText.Unit(unit)} không khớp {claim}: {expression} = {NumberText.Of(sum / total.Scale, total.Decimals)}{ScaleWord(total.Scale)}{NumberText.Unit(unit)}",
            StatedValue.Of(total.Value),
            sum,
            tolerance,
            expression,
            quote,
            location);
    }

    private static string ScaleWord(decimal scale) => scale switch
    {
        1_000m => " nghìn",
        1_000_000m => " triệu",
        1_000_000_000m => " tỷ",
        _ => string.Empty,
    };
}

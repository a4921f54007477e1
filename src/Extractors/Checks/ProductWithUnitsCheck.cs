using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Count × unit price = amount and area × yield = output, with unit conversion (<c>tạ/ha</c> × <c>ha</c> = <c>tạ</c>; 10 tạ = 1 tấn):
/// a written chain <c>20 suất x 500.000 đồng = 10.000.000 đồng</c> (any number of factors), or a rate
/// (<c>500.000 đồng/suất</c>, <c>23 tạ/ha</c>) with the nearest count of its denominator before it and the nearest
/// amount of its numerator's kind after it (<c>20 xuất, trị giá 500.000 đồng/xuất, tổng số tiền là 10.000.000 đồng</c>).
/// </summary>
public sealed partial class ProductWithUnitsCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var used = new HashSet<Quantity>(ReferenceEqualityComparer.Instance);
            foreach (var flag in Chains(sentence, used)) yield return flag;
            foreach (var flag in Rates(sentence, used)) yield return flag;
        }
    }

    private static IEnumerable<Finding> Chains(Sentence sentence, HashSet<Quantity> used)
    {
        var quantities = sentence.Quantities;
        var i = 0;
        while (i < quantities.Count)
        {
            var j = i;
            while (j + 1 < quantities.Count && Times().IsMatch(sentence.Text[quantities[j].End..quantities[j + 1].Start])) j++;
            if (j > i && j + 1 < quantities.Count && Equals().IsMatch(sentence.Text[quantities[j].End..quantities[j + 1].Start]))
            {
                var factors = quantities.Skip(i).Take(j - i + 1).ToList();
                var result = quantities[j + 1];
                foreach (var factor in factors) used.Add(factor);
                var productUnit = factors.Select(f => BaseUnit(f.Unit)).FirstOrDefault(u => u is not null && result.Unit is not null && UnitCatalog.Convert(1m, u, result.Unit) is not null);
                var flag = ProductFlag.Compare(factors, result, productUnit, sentence.Text, sentence.Unit.Location);
                if (flag is not null) yield return flag;
                i = j + 2;
                continue;
            }

            i = j + 1;
        }
    }

    private static IEnumerable<Finding> Rates(Sentence sentence, HashSet<Quantity> used)
    {
        var quantities = sentence.Quantities;
        for (var r = 0; r < quantities.Count; r++)
        {
            var rate = quantities[r];
            if (!rate.IsRate || used.Contains(rate)) continue;
            var slash = rate.Unit!.IndexOf('/', StringComparison.Ordinal);
            var top = slash > 0 ? rate.Unit[..slash] : null;
            var per = rate.Unit[(slash + 1)..];
            var topUnit = top is null ? null : UnitCatalog.Find(top);
            if (topUnit is null || topUnit.Kind is not (UnitKind.Money or UnitKind.Mass)) continue;
            var count = quantities.Take(r).LastOrDefault(q => q.Unit == per && QuantityRoles.IsAmount(q));
            if (count is null || count.IsFraction) continue;
            var between = quantities.Where(q => q.Start > count.End && q.End <= rate.Start).ToList();
            if (between.Any(q => q.Unit == per)) continue;
            var result = quantities.Skip(r + 1).TakeWhile(q => q.Unit != per).FirstOrDefault(q => q.Unit is not null && QuantityRoles.IsAmount(q) && UnitCatalog.Find(q.Unit)?.Kind == topUnit.Kind)
                ?? between.LastOrDefault(q => q.Unit is not null && QuantityRoles.IsAmount(q) && UnitCatalog.Find(q.Unit)?.Kind == topUnit.Kind);
            if (result is null) continue;
            var flag = ProductFlag.Compare([count, rate], result, top, sentence.Text, sentence.Unit.Location);
            if (flag is not null) yield return flag;
        }
    }

    private static string? BaseUnit(string? unit)
    {
        if (unit is null) return null;
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? unit[..slash] : slash == 0 ? null : unit;
    }

    [GeneratedRegex(@"^[\s()\p{L}]*?\s*[x×\*]\s*\(?\s*$")]
    private static partial Regex Times();

    [GeneratedRegex(@"^[\s)]*(=|trị giá|thành tiền|là|(tổng\s+)?số tiền(\s+là)?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Equals();
}

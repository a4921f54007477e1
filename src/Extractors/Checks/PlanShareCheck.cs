using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A plan named as the sentence's subject and the share of it reached, in one clause each: <c>Dự toán chi đầu tư phát triển năm 2025
/// là 22.143 tỷ đồng (gồm ...), đã giải ngân được 9.400 tỷ đồng, đạt 42,5% kế hoạch</c>: the percentage is the amount / the plan × 100.
/// Only when the plan opens the sentence (<c>Dự toán</c>, <c>Kế hoạch</c>, <c>Chỉ tiêu</c> ... <c>là</c>), the amount is the one
/// figure of its unit between them outside parentheses, and the percentage follows the amount with <c>đạt</c>/<c>bằng</c> and
/// names the plan (<c>kế hoạch</c>, <c>KH</c>, <c>dự toán</c>).
/// </summary>
public sealed partial class PlanShareCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var text = sentence.Text;
            var outside = sentence.Quantities.Where(q => sentence.DepthAt(q.Start) == 0).ToList();
            if (outside.Count != 3) continue;
            var (plan, amount, percent) = (outside[0], outside[1], outside[2]);
            if (!percent.IsPercent || plan.Unit is null || !plan.UnitWritten || plan.IsFraction || amount.IsFraction || plan.Value == 0m) continue;
            if (!QuantityRoles.SameUnit(plan.Unit, amount.Unit) || !amount.UnitWritten || !PlanSubject().IsMatch(text[..plan.Start])) continue;
            if (QuantityRoles.IsApproximate(text, plan) || QuantityRoles.IsApproximate(text, amount) || QuantityRoles.IsChange(text, amount)) continue;
            if (!ShareWords().IsMatch(text[amount.End..percent.Start]) || !PlanAfter().IsMatch(text[percent.End..])) continue;
            var computed = QuantityRoles.ValueIn(amount, plan.Unit) / plan.Value * 100m;
            var tolerance = percent.Tolerance + (Rounding(amount) + computed / 100m * Rounding(plan)) / plan.Value * 100m;
            var expression = $"{NumberText.Stated(amount)}/{NumberText.Stated(plan)} × 100";
            yield return Finding.Verdict(
                Agreement.Agrees(percent.Value, computed, tolerance, isPercent: true),
                Vocabulary.FlagKinds.RatioMismatch,
                $"Tỷ lệ {NumberText.Stated(amount)}/{NumberText.Stated(plan)} là {NumberText.Of(computed, percent.Decimals)}%, văn bản ghi {NumberText.Stated(percent)}%",
                StatedValue.Of(percent.Value),
                Math.Round(computed, 4),
                Math.Round(tolerance, 6),
                expression,
                text,
                sentence.Unit.Location);
        }
    }

    private static decimal Rounding(Quantity quantity) => quantity.Decimals == 0 && quantity.Scale == 1m ? 0m : quantity.Tolerance;

    [GeneratedRegex(@"^\W*(?:tổng\s+)?(?:dự toán|kế hoạch|chỉ tiêu)(?![\p{L}])[^;:()]{0,80}(?:là|:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlanSubject();

    [GeneratedRegex(@"^\s*,?\s*(?:đạt|bằng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWords();

    [GeneratedRegex(@"^\s*(?:kế hoạch|KH|dự toán)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PlanAfter();
}

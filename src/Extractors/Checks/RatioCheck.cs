using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// <c>a/b ... c%</c> (<c>1058/1605 = 65,9%</c>, <c>149,2/145 ha bằng 102,9% kế hoạch</c>, <c>vượt 29,1%</c>) and
/// <c>c% (a/b)</c>: the first percentage after a fraction in its clause is a/b × 100 (or a/b × 100 − 100 after <c>vượt</c>).
/// The percentage must stand within six words of the fraction (parenthesized words not counted), or open the parentheses that
/// close the fraction's clause with <c>đạt</c> (<c>553/553 TTHC có yêu cầu ... thanh toán trực tuyến (đạt 100%)</c>: no number or
/// separator between).
/// A bare number after <c>tỷ lệ</c> or before <c>KH</c>/<c>kế hoạch</c> is taken as the percentage the writer forgot to mark.
/// </summary>
public sealed partial class RatioCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var quantities = sentence.Quantities;
            for (var i = 0; i < quantities.Count; i++)
            {
                var fraction = quantities[i];
                if (fraction.Denominator is not { } denominator || denominator.Value == 0m || !Comparable(fraction, denominator)) continue;
                var percent = PercentAfter(sentence, quantities, i) ?? PercentBefore(sentence, quantities, i);
                if (percent is null) continue;
                var (stated, excess) = percent.Value;
                var computed = fraction.Value / denominator.Value * 100m - (excess ? 100m : 0m);
                // Operands written with decimals are rounded too (12,15/15 điểm for 80,998%): their rounding widens the tolerance.
                var tolerance = stated.Tolerance + (Rounding(fraction) + fraction.Value / denominator.Value * Rounding(denominator)) / denominator.Value * 100m;
                var agrees = Agreement.Agrees(stated.Value, computed, tolerance, isPercent: true);
                if (!agrees && Mispaired(sentence, quantities, i, stated, computed) is { } other)
                {
                    yield return other;
                    continue;
                }

                var expression = $"{NumberText.Stated(fraction)}/{NumberText.Stated(denominator)} × 100{(excess ? " − 100" : string.Empty)}";
                yield return Finding.Verdict(
                    agrees,
                    Vocabulary.FlagKinds.RatioMismatch,
                    $"Tỷ lệ {NumberText.Stated(fraction)}/{NumberText.Stated(denominator)}{(excess ? " (phần vượt)" : string.Empty)} là {NumberText.Of(computed, stated.Decimals)}%, văn bản ghi {NumberText.Stated(stated)}%",
                    StatedValue.Of(stated.Value),
                    Math.Round(computed, 4),
                    Math.Round(tolerance, 6),
                    expression,
                    sentence.Text,
                    sentence.Unit.Location);
            }
        }
    }

    private static decimal Rounding(Quantity quantity) => quantity.Decimals == 0 && quantity.Scale == 1m ? 0m : quantity.Tolerance;

    /// <summary>
    /// In a sentence with several fractions and percentages the pairing is a guess: when another percentage of the sentence
    /// agrees with this fraction the claim is that one (consistent); when the percentage agrees with another fraction it belongs
    /// there (unverifiable here). Null when the pairing stands.
    /// </summary>
    private static Finding? Mispaired(Sentence sentence, IReadOnlyList<Quantity> quantities, int index, Quantity stated, decimal computed)
    {
        var fraction = quantities[index];
        var expression = $"{NumberText.Stated(fraction)}/{NumberText.Stated(fraction.Denominator!)} × 100";
        var match = quantities.FirstOrDefault(q => q != stated && q.IsPercent && Agreement.Agrees(q.Value, computed, q.Tolerance, isPercent: true));
        if (match is not null)
        {
            return Finding.Consistent(Vocabulary.FlagKinds.RatioMismatch, StatedValue.Of(match.Value), Math.Round(computed, 4), match.Tolerance, expression, sentence.Text, sentence.Unit.Location);
        }

        var owner = quantities.Where((q, j) => j != index && q.Denominator is { Value: not 0m } d && Comparable(q, d))
            .FirstOrDefault(q => Agreement.Agrees(stated.Value, q.Value / q.Denominator!.Value * 100m, stated.Tolerance, isPercent: true));
        return owner is null
            ? null
            : Finding.Unverifiable(Vocabulary.FlagKinds.RatioMismatch, "Tỷ lệ này khớp với một phân số khác trong câu / This percentage matches another fraction of the sentence", StatedValue.Of(stated.Value), Math.Round(computed, 4), expression, sentence.Text, sentence.Unit.Location);
    }

    private static bool Comparable(Quantity fraction, Quantity denominator) =>
        !fraction.UnitWritten || fraction.Unit == denominator.Unit || denominator.Unit is null;

    private static (Quantity Percent, bool Excess)? PercentAfter(Sentence sentence, IReadOnlyList<Quantity> quantities, int index)
    {
        var fraction = quantities[index];
        var baseDepth = sentence.DepthAt(fraction.Start);
        for (var j = index + 1; j < quantities.Count; j++)
        {
            var candidate = quantities[j];
            var between = sentence.Text[fraction.End..candidate.Start];
            if (between.Contains(';', StringComparison.Ordinal)) return null;
            if (sentence.Scan.Malformed.Any(m => m.Start >= fraction.End && m.Start < candidate.Start)) return null;
            if (candidate.IsPercent && sentence.DepthAt(candidate.Start) == baseDepth + 1 && ShareInParentheses().IsMatch(between)) return (candidate, false);
            if (sentence.DepthAt(candidate.Start) > baseDepth) continue;
            if (candidate.IsFraction) return null;
            if (!IsPercentLike(sentence.Text, candidate)) return null;
            if (GrowthBefore().IsMatch(between)) return null;
            if (Words().Matches(Parenthesized().Replace(between, " ")).Count > MaxWordsBetween) return null;
            return (candidate, ExcessBefore().IsMatch(between));
        }

        return null;
    }

    private static (Quantity Percent, bool Excess)? PercentBefore(Sentence sentence, IReadOnlyList<Quantity> quantities, int index)
    {
        if (index == 0) return null;
        var fraction = quantities[index];
        var candidate = quantities[index - 1];
        var between = sentence.Text[candidate.End..fraction.Start];
        return candidate.IsPercent && OpenParenthesis().IsMatch(between) ? (candidate, false) : null;
    }

    private static bool IsPercentLike(string text, Quantity candidate)
    {
        if (candidate.IsPercent) return true;
        if (candidate.Unit is not null) return false;
        return PlanAfter().IsMatch(text[candidate.End..]) || RateWordBefore().IsMatch(text[..candidate.Start]);
    }

    /// <summary>A percentage further than this many words (outside parentheses) from its fraction speaks of something else.</summary>
    private const int MaxWordsBetween = 6;

    /// <summary>
    /// From a fraction to a percentage opening parentheses in the same clause: words only, then <c>(đạt</c> (or <c>bằng</c>, <c>chiếm</c>,
    /// <c>tỷ lệ</c>). A bare <c>(10%)</c> is not the fraction's share: <c>122/124 UBND cấp xã đạt yêu cầu về tỷ lệ khảo sát tối thiểu (10%)</c>.
    /// </summary>
    [GeneratedRegex(@"^[^\d;,()]*\(\s*(?:đạt|bằng|tỷ lệ|chiếm)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareInParentheses();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^\s*(KH\b|kế hoạch)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanAfter();

    [GeneratedRegex(@"tỷ lệ\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateWordBefore();

    [GeneratedRegex(@"(tăng|giảm)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GrowthBefore();

    [GeneratedRegex(@"vượt\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExcessBefore();

    [GeneratedRegex(@"^\s*\(\s*$")]
    private static partial Regex OpenParenthesis();
}

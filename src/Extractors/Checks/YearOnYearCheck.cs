using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// <c>V con ... bằng P% so với cùng kỳ ... giảm/tăng D con</c>: last year's figure is V ∓ D, so P must be V / (V ∓ D) × 100.
/// </summary>
public sealed partial class YearOnYearCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var quantities = sentence.Quantities;
            for (var p = 1; p < quantities.Count - 1; p++)
            {
                var percent = quantities[p];
                if (!percent.IsPercent || !SameTimeLastYear().IsMatch(sentence.Text[percent.End..])) continue;
                var value = quantities.Take(p).LastOrDefault(q => !q.IsPercent);
                var change = quantities[p + 1];
                if (value is null || value.Unit is null || value.IsFraction || !QuantityRoles.IsAmount(value) || change.Unit != value.Unit) continue;
                var direction = Direction().Match(sentence.Text[percent.End..change.Start]);
                if (!direction.Success) continue;
                var previous = direction.Groups[1].Value.Equals("giảm", StringComparison.OrdinalIgnoreCase) ? value.Value + change.Value : value.Value - change.Value;
                if (previous <= 0m) continue;
                var computed = value.Value / previous * 100m;
                var agrees = Agreement.Agrees(percent.Value, computed, percent.Tolerance, true);
                var expression = $"{NumberText.Stated(value)} / {NumberText.Of(previous, 0)} × 100";
                yield return Finding.Verdict(
                    agrees,
                    Vocabulary.FlagKinds.RatioMismatch,
                    $"So với cùng kỳ: {NumberText.Stated(value)}{NumberText.Unit(value.Unit)} và {direction.Groups[1].Value} {NumberText.Stated(change)}{NumberText.Unit(value.Unit)} cho {NumberText.Of(computed, percent.Decimals)}%, văn bản ghi {NumberText.Stated(percent)}%",
                    StatedValue.Of(percent.Value),
                    Math.Round(computed, 4),
                    percent.Tolerance,
                    expression,
                    sentence.Text,
                    sentence.Unit.Location);
            }
        }
    }

    [GeneratedRegex(@"^\s*so với cùng kỳ", RegexOptions.IgnoreCase)]
    private static partial Regex SameTimeLastYear();

    [GeneratedRegex(@"^[^;,%\d]{0,40}\d{0,4}[^;,%\d]{0,10}(giảm|tăng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();
}

using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A stated difference against its two figures: <c>A ... so với ... B ..., tiết kiệm/giảm/tăng/chênh lệch D</c>,
/// all three in one unit and in this order in one sentence; D must be |A − B|.
/// </summary>
public sealed partial class DifferenceCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            var quantities = sentence.Quantities.Where(QuantityRoles.IsAmount).Where(q => q.Unit is not null && !q.IsFraction).ToList();
            for (var i = 0; i + 2 < quantities.Count; i++)
            {
                var (first, second, difference) = (quantities[i], quantities[i + 1], quantities[i + 2]);
                if (first.Unit != second.Unit || second.Unit != difference.Unit) continue;
                if (!Comparison().IsMatch(sentence.Text[first.End..second.Start])) continue;
                if (!ChangeWord().IsMatch(sentence.Text[second.End..difference.Start])) continue;
                var computed = Math.Abs(first.Value - second.Value);
                var tolerance = Agreement.ToleranceFor(difference, [first, second]);
                var agrees = Agreement.Agrees(difference.Value, computed, tolerance, false);
                var expression = $"|{NumberText.Stated(first)} − {NumberText.Stated(second)}|";
                yield return Finding.Verdict(
                    agrees,
                    Vocabulary.FlagKinds.DifferenceMismatch,
                    $"Chênh lệch {expression} = {NumberText.Of(computed / difference.Scale, difference.Decimals)}{(difference.Scale == 1_000_000m ? " triệu" : string.Empty)}{NumberText.Unit(difference.Unit)}, văn bản ghi {NumberText.Stated(difference)}{NumberText.Unit(difference.Unit)}",
                    StatedValue.Of(difference.Value),
                    computed,
                    tolerance,
                    expression,
                    sentence.Text,
                    sentence.Unit.Location);
            }
        }
    }

    [GeneratedRegex(@"so với", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^[^;.]{0,60}?(tiết kiệm|chênh lệch|giảm|tăng|vượt|thấp hơn|cao hơn)[^;.\d]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWord();
}

using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A rate over a combined base: two or more consecutive lines <c>Cấp huyện: 1.171/1.310 đạt 89,4%</c>,
/// <c>Cấp xã: 9.823/11.392 đạt 86,2%</c> followed by a line with one percentage and no fraction that speaks of the total
/// (<c>tổng</c>, <c>chung</c>): that percentage must be Σa / Σb × 100.
/// </summary>
public sealed partial class CombinedRateCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var paragraphs = context.Paragraphs;
        for (var i = 2; i < paragraphs.Count; i++)
        {
            var quantities = context.SentencesOf(paragraphs[i]).SelectMany(s => s.Quantities).ToList();
            if (quantities.Count != 1 || !quantities[0].IsPercent || !TotalWord().IsMatch(paragraphs[i].Text)) continue;
            var fractions = new List<Quantity>();
            for (var j = i - 1; j >= 0; j--)
            {
                var line = context.SentencesOf(paragraphs[j]).SelectMany(s => s.Quantities).ToList();
                if (line.Count != 2 || !line[0].IsFraction || !line[1].IsPercent || paragraphs[j].SectionPath != paragraphs[i].SectionPath) break;
                fractions.Add(line[0]);
            }

            if (fractions.Count < 2) continue;
            var numerator = fractions.Sum(f => f.Value);
            var denominator = fractions.Sum(f => f.Denominator!.Value);
            if (denominator == 0m) continue;
            var stated = quantities[0];
            var computed = numerator / denominator * 100m;
            var agrees = Agreement.Agrees(stated.Value, computed, stated.Tolerance, true);
            fractions.Reverse();
            var expression = $"({string.Join(" + ", fractions.Select(NumberText.Stated))}) / ({string.Join(" + ", fractions.Select(f => NumberText.Stated(f.Denominator!)))}) × 100";
            yield return Finding.Verdict(
                agrees,
                Vocabulary.FlagKinds.RatioMismatch,
                $"Tỷ lệ chung {VietnameseNumberFormatter.Format(numerator, 0)}/{VietnameseNumberFormatter.Format(denominator, 0)} là {NumberText.Of(computed, stated.Decimals)}%, văn bản ghi {NumberText.Stated(stated)}%",
                StatedValue.Of(stated.Value),
                Math.Round(computed, 4),
                stated.Tolerance,
                expression,
                paragraphs[i].Text.Trim(),
                paragraphs[i].Location);
        }
    }

    [GeneratedRegex(@"(?i)(?<![\p{L}])(tổng|chung|cả hai|toàn)(?![\p{L}])")]
    private static partial Regex TotalWord();
}

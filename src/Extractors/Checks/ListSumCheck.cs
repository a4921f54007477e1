using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A paragraph ending in a breakdown word and a colon (<c>... 17.830.000 đồng ..., cụ thể:</c>; not <c>như sau:</c>, which also
/// introduces alternative classifications) followed by list items
/// (<c>- Thuế GTGT: 3.154.286 đồng.</c> or <c>Cấp xã: 9.823/11.392 đạt 86,2%.</c>): the items' first amounts
/// must add up to the header's figure of the same unit. Items starting with <c>Riêng</c> are subsets and are skipped;
/// a header ending in <c>Trong đó:</c> announces a partial list (its items must not exceed the total).
/// </summary>
public sealed partial class ListSumCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var paragraphs = context.Paragraphs;
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            var header = paragraphs[i];
            if (!ListHeader().IsMatch(header.Text)) continue;
            var items = Items(context, paragraphs, i + 1);
            if (items.Count < 2) continue;
            var unit = items.Select(x => x.Unit).FirstOrDefault(u => u is not null);
            if (unit is null) continue;
            var headerSentences = context.SentencesOf(header);
            var totalSentence = headerSentences.LastOrDefault(s => s.Quantities.Any(q => IsTotal(s, q, unit)));
            if (totalSentence is null) continue;
            var total = totalSentence.Quantities.Last(q => IsTotal(totalSentence, q, unit)) with { Denominator = null };
            var parts = items.Where(x => x.Unit is null || QuantityRoles.SameUnit(x.Unit, unit)).Select(x => x.Unit is null ? x with { Unit = unit } : x).ToList();
            if (parts.Count != items.Count) continue;
            var flag = PartsComparison.Compare(total, parts, !BreakdownMarkers.EndsPartial(header.Text), totalSentence.Text, header.Location);
            if (flag is not null) yield return flag.IsFlag ? flag with { Message = flag.Message + " (các mục liệt kê sau)" } : flag;
        }
    }

    private static bool IsTotal(Sentence sentence, Quantity quantity, string unit) =>
        QuantityRoles.IsAmount(quantity) && QuantityRoles.CountsToward(unit, quantity.Unit) && quantity.UnitWritten && !QuantityRoles.IsChange(sentence.Text, quantity);

    private static List<Quantity> Items(CheckContext context, IReadOnlyList<TextUnit> paragraphs, int start)
    {
        var items = new List<Quantity>();
        var bullet = Bullet(paragraphs[start].Text);
        var labelStyle = bullet is null && LabelLine().IsMatch(paragraphs[start].Text);
        if (bullet is null && !labelStyle) return items;
        for (var j = start; j < paragraphs.Count; j++)
        {
            var text = paragraphs[j].Text;
            if (bullet is not null ? Bullet(text) != bullet : !LabelLine().IsMatch(text)) break;
            if (BreakdownMarkers.StartsPartial(text)) continue;
            // The item's figure follows its label's colon (+ Đang trong thời hạn 02 năm ...: 39 người); without one, its first amount.
            var amounts = context.SentencesOf(paragraphs[j]).SelectMany(s => s.Quantities.Where(QuantityRoles.IsAmount).Select(q => (s.Text, Quantity: q))).ToList();
            var first = amounts.FirstOrDefault(a => AfterLabelColon().IsMatch(a.Text[..a.Quantity.Start])).Quantity ?? amounts.FirstOrDefault().Quantity;
            if (first is null) return [];
            if (first.Unit is not null && !first.UnitWritten && !labelStyle) return [];
            items.Add(first with { Denominator = null, Unit = first.UnitWritten ? first.Unit : null });
        }

        return items;
    }

    private static char? Bullet(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 1 && trimmed[0] is '-' or '+' or '•' or '–' && trimmed[1] == ' ' ? trimmed[0] : null;
    }

    [GeneratedRegex(@"(?i)(cụ thể|gồm|bao gồm|gồm có|trong đó|chi tiết)\s*:\s*$")]
    private static partial Regex ListHeader();

    [GeneratedRegex(@"\p{L}\s*:\s*$")]
    private static partial Regex AfterLabelColon();

    [GeneratedRegex(@"^\s*[\p{L}][\p{L}\s,]{0,40}:\s*\d")]
    private static partial Regex LabelLine();
}

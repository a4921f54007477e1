using System.Text.RegularExpressions;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Area × yield = output when the area is written elsewhere (another sentence or footnote): <c>lúa mùa cấy được 148,6 ha</c>
/// and <c>Năng suất lúa mùa đạt 36,4 tạ/ha, sản lượng 540,9 tấn</c>. The crop is named by the two words before the sowing
/// verb and before the yield; a crop with more than one written area is not checked.
/// </summary>
public sealed partial class CropYieldCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var areas = new Dictionary<string, List<Quantity>>(StringComparer.Ordinal);
        foreach (var sentence in context.AllSentences)
        {
            foreach (var quantity in sentence.Quantities.Where(q => q.Unit == "ha" && !q.IsFraction))
            {
                var clause = ClauseBefore(sentence.Text, quantity.Start);
                var match = SowingClause().Match(clause);
                if (!match.Success) continue;
                var key = CropKey(match.Groups["crop"].Value);
                if (key is null) continue;
                if (!areas.TryGetValue(key, out var list)) areas[key] = list = [];
                list.Add(quantity);
            }
        }

        foreach (var sentence in context.AllSentences)
        {
            var quantities = sentence.Quantities;
            for (var r = 0; r < quantities.Count; r++)
            {
                var rate = quantities[r];
                if (!rate.IsRate || !rate.Unit!.EndsWith("/ha", StringComparison.Ordinal)) continue;
                var top = rate.Unit[..^3];
                if (UnitCatalog.Find(top)?.Kind != UnitKind.Mass) continue;
                var segment = sentence.Text.LastIndexOf(';', Math.Max(0, rate.Start - 1)) + 1;
                if (quantities.Take(r).Any(q => q.Unit == "ha" && q.Start >= segment)) continue;
                var key = CropKey(YieldCrop().Match(ClauseBefore(sentence.Text, rate.Start)).Groups["crop"].Value);
                if (key is null || !areas.TryGetValue(key, out var found) || found.Count != 1) continue;
                var output = quantities.Skip(r + 1).TakeWhile(q => !q.IsRate && q.Unit != "ha").FirstOrDefault(q => q.Unit is not null && UnitCatalog.Find(q.Unit)?.Kind == UnitKind.Mass);
                if (output is null || sentence.Text[rate.End..output.Start].Contains(';', StringComparison.Ordinal)) continue;
                var flag = ProductFlag.Compare([found[0], rate], output, top, sentence.Text, sentence.Unit.Location);
                if (flag is not null) yield return flag;
            }
        }
    }

    private static string ClauseBefore(string text, int position)
    {
        var start = text.LastIndexOfAny([';', ',', ':', '.'], Math.Max(0, position - 1)) + 1;
        return text[start..position];
    }

    private static string? CropKey(string words)
    {
        var parts = words.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("năng" or "suất" or "diện" or "tích" or "bình" or "quân")).ToArray();
        return parts.Length >= 2 ? parts[^2] + " " + parts[^1] : null;
    }

    /// <summary>Matched right to left: the crop is the longest run of words before the verb at the clause end, found in linear time.</summary>
    [GeneratedRegex(@"(?<crop>[\p{L}\s]+)\s+(?:gieo cấy|gieo trồng|cấy|trồng|gieo)\s+(?:được\s*)?:?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SowingClause();

    /// <summary>Matched right to left, as above.</summary>
    [GeneratedRegex(@"(?<crop>[\p{L}\s]+)\s+(?:ước\s+)?(?:đạt|là)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex YieldCrop();
}

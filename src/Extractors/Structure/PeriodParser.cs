using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// The reporting period named first in a title: <c>6 tháng đầu năm 2024</c> (first_half), <c>6 tháng cuối năm</c> (second_half),
/// <c>quý II năm 2024</c> (quarter_2), <c>tháng 5 năm 2024</c> (month_5), otherwise <c>năm 2023</c> (full_year).
/// </summary>
public static partial class PeriodParser
{
    public static Period? Parse(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var candidates = new List<(int Index, Period Period)>();
        foreach (Match m in Half().Matches(title))
        {
            var part = m.Groups["half"].Value.ToLowerInvariant() is "đầu" ? "first_half" : "second_half";
            candidates.Add((m.Index, new Period(ReadYear(m.Groups["year"].Value), part)));
        }

        foreach (Match m in Quarter().Matches(title))
        {
            candidates.Add((m.Index, new Period(ReadYear(m.Groups["year"].Value), "quarter_" + QuarterNumber(m.Groups["q"].Value))));
        }

        foreach (Match m in Month().Matches(title))
        {
            candidates.Add((m.Index, new Period(ReadYear(m.Groups["year"].Value), "month_" + int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture))));
        }

        foreach (Match m in Year().Matches(title))
        {
            if (candidates.Any(c => c.Index <= m.Index && m.Index - c.Index < 40)) continue; // the year of a more specific period
            candidates.Add((m.Index, new Period(ReadYear(m.Groups["year"].Value), "full_year")));
        }

        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Period;
    }

    private static int? ReadYear(string text) => int.TryParse(text, out var year) ? year : null;

    private static int QuarterNumber(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        _ => 4,
    };

    [GeneratedRegex(@"(?:06|6|sáu)\s+tháng\s+(?<half>đầu|cuối)\s+năm\s*(?<year>\d{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\bquý\s+(?<q>IV|III|II|I|[1-4])\b(?:\s*(?:năm|/)\s*(?<year>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\btháng\s+(?<m>0?[1-9]|1[0-2])\s*(?:năm|/)\s*(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\bnăm\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}

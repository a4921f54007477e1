using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// The issuing body in short form (<c>UBND xã Tân Hoà</c>): from the header's issuer lines when present, otherwise from the text —
/// the closing sentence (<c>Trên đây là ... của UBND xã Thanh Lò</c>), a sentence in which the body reports in its own name,
/// an appendix subtitle — and, failing those, the People's Committee the text names most often at the level of the document's place.
/// </summary>
public static partial class IssuerInference
{
    public static string? Infer(IReadOnlyList<string> issuerLines, IReadOnlyList<string> bodyParagraphs, IReadOnlyList<string> appendixParagraphs, string? place)
    {
        if (FromHeader(issuerLines) is { } fromHeader) return fromHeader;

        foreach (var paragraph in bodyParagraphs.Where(p => p.StartsWith("Trên đây", StringComparison.Ordinal)))
        {
            if (Committee().Matches(paragraph).LastOrDefault() is { } match) return Format(match);
        }

        foreach (var paragraph in bodyParagraphs.Take(12))
        {
            if (SelfReport().Match(paragraph) is { Success: true } match) return Format(match);
        }

        foreach (var paragraph in appendixParagraphs.Where(p => p.StartsWith('(')))
        {
            if (Committee().Matches(paragraph).LastOrDefault() is { } match) return Format(match);
        }

        var mentions = bodyParagraphs.Where(MayNameCommittee).SelectMany(p => Committee().Matches(p)).Select(Format).ToList();
        if (place is not null)
        {
            var local = mentions.Where(m => m.EndsWith(" " + place, StringComparison.OrdinalIgnoreCase)).ToList();
            if (local.Count > 0) return local.GroupBy(m => m).MaxBy(g => g.Count())!.Key;
        }

        return mentions.Count == 0 ? null : mentions.GroupBy(m => m).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>Every spelling <see cref="Committee"/> accepts contains one of these: a paragraph without them is not matched at all (a long report has hundreds of thousands).</summary>
    private static bool MayNameCommittee(string paragraph) =>
        paragraph.Contains("UBND", StringComparison.Ordinal) || paragraph.Contains("ban nhân dân", StringComparison.Ordinal) || paragraph.Contains("BAN NHÂN DÂN", StringComparison.Ordinal);

    private static string? FromHeader(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return null;
        var joined = TextNormalizer.Clean(string.Join(" ", lines));
        if (Committee().Match(joined) is { Success: true } match) return Format(match);
        return joined;
    }

    private static string Format(Match match)
    {
        var level = match.Groups["level"].Value.ToLowerInvariant();
        var name = match.Groups["name"].Value.Trim();
        if (TextNormalizer.IsAllCaps(name)) name = CultureInfo.GetCultureInfo("vi-VN").TextInfo.ToTitleCase(name.ToLowerInvariant());
        return $"UBND {level} {name}";
    }

    private const string CommitteePattern = @"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?<level>xã|huyện|thị trấn|phường|thị xã|thành phố|quận|tỉnh|XÃ|HUYỆN|THỊ TRẤN|PHƯỜNG|THỊ XÃ|THÀNH PHỐ|QUẬN|TỈNH)\s+(?<name>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})";

    [GeneratedRegex(CommitteePattern)]
    private static partial Regex Committee();

    [GeneratedRegex(CommitteePattern + @"\s+(?:báo cáo|xây dựng|ban hành|tổng kết|sơ kết)")]
    private static partial Regex SelfReport();
}

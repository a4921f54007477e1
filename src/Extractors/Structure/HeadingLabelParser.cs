using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Recognises the typed numbering of Vietnamese administrative documents at the start of a line:
/// <c>Phần thứ nhất</c>, <c>PHẦN II</c>, <c>I.</c>, <c>I-</c>, <c>I –</c>, <c>1.</c>, <c>2.2</c>, <c>2.2.1.</c>, <c>a)</c>, <c>đ)</c>, <c>1)</c>.
/// A bare number (<c>6 THÁNG ĐẦU NĂM</c>), a decimal (<c>1.731 người</c>) or a date is not a label.
/// </summary>
public static partial class HeadingLabelParser
{
    public static HeadingLabel? Parse(string line)
    {
        if (line.Length < 2) return null;
        if (Part().Match(line) is { Success: true } part) return Make(HeadingKind.Part, part);
        if (Roman().Match(line) is { Success: true } roman) return Make(HeadingKind.Roman, roman);
        if (Arabic().Match(line) is { Success: true } arabic)
        {
            var label = arabic.Groups["label"].Value;
            var components = label.TrimEnd('.').Split('.').Length;
            if (components == 1 && !label.EndsWith('.')) return null;
            return Make(components switch { 1 => HeadingKind.Arabic1, 2 => HeadingKind.Arabic2, 3 => HeadingKind.Arabic3, _ => HeadingKind.Arabic4 }, arabic);
        }

        if (Letter().Match(line) is { Success: true } letter) return Make(HeadingKind.Letter, letter);
        if (ParenNumber().Match(line) is { Success: true } paren) return Make(HeadingKind.ParenNumber, paren);
        return null;
    }

    private static HeadingLabel Make(HeadingKind kind, Match match)
    {
        var label = TextNormalizer.Clean(match.Groups["label"].Value);
        var rest = match.Groups["rest"].Value.Trim();
        return new HeadingLabel(kind, label, rest, match.Groups["rest"].Index);
    }

    [GeneratedRegex(@"^(?<label>(?:PHẦN|Phần|phần)\s+(?:(?:THỨ|thứ|Thứ)\s+\p{L}+|[IVXLC]{1,5}\b|\d{1,2}\b))\s*[:.\-–—]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<label>[IVXLC]{1,6}\s*[.\-–—:)])\s*(?<rest>\p{L}.*)$", RegexOptions.Singleline)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<label>\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?<rest>[\p{L}""“(].*)$", RegexOptions.Singleline)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<label>[a-zđ]\))\s*(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Letter();

    [GeneratedRegex(@"^(?<label>\d{1,2}\))\s*(?<rest>\p{L}.*)$", RegexOptions.Singleline)]
    private static partial Regex ParenNumber();
}

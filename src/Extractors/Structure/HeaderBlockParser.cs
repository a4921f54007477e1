using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Reads the header block of an administrative document: issuing body lines, <c>Số: 127/BC-UBND</c>, the national motto,
/// <c>Tân Hoà, ngày 15 tháng 12 năm 2023</c> (blank day or month allowed), the type line and the title (trích yếu) lines.
/// </summary>
public static partial class HeaderBlockParser
{
    private const int HeaderSearchWindow = 16;

    public static HeaderInfo Parse(IReadOnlyList<DocItem> items, bool formattingKnown)
    {
        string? number = null, symbol = null, docType = null, place = null;
        var date = PartialDate.Unknown;
        var issuerLines = new List<string>();
        var titleParts = new List<string>();
        var bodyStart = 0;
        var typeIndex = -1;

        for (var i = 0; i < Math.Min(items.Count, HeaderSearchWindow); i++)
        {
            if (items[i] is not LineDocItem { Line: var line } || line.IsEmpty) continue;
            var text = line.Text;
            if (NumberLine().Match(text) is { Success: true } numberMatch)
            {
                number = numberMatch.Groups["number"].Value is { Length: > 0 } n ? n : null;
                symbol = Spaces().Replace(numberMatch.Groups["symbol"].Value, string.Empty).Trim('.', ' ');
                if (symbol.Length == 0) symbol = null;
                bodyStart = i + 1;
            }
            else if (PlaceDate().Match(text) is { Success: true } dateMatch)
            {
                place = dateMatch.Groups["place"].Value.Trim();
                date = new PartialDate(ReadInt(dateMatch.Groups["year"].Value), ValidOrNull(ReadInt(dateMatch.Groups["month"].Value), 12), ValidOrNull(ReadInt(dateMatch.Groups["day"].Value), 31));
                bodyStart = i + 1;
            }
            else if (IsMotto(text))
            {
                bodyStart = i + 1;
            }
            else if (DocumentTypes.Match(text) is { } type && (line.IsCentered || line.IsBold || !formattingKnown || typeIndex < 0))
            {
                docType = type.Code;
                typeIndex = i;
                if (type.Remainder.Length > 0) titleParts.Add(type.Remainder);
                bodyStart = i + 1;
                break;
            }
            else if (docType is null && number is null && line.IsAllCaps && text.Length < 80)
            {
                issuerLines.Add(text);
                bodyStart = i + 1;
            }
        }

        if (typeIndex >= 0) bodyStart = ReadTitle(items, typeIndex + 1, formattingKnown, titleParts);
        var title = titleParts.Count > 0 ? TextNormalizer.Clean(string.Join(" ", titleParts)) : null;
        return new HeaderInfo(number, symbol, docType, title, place, date, issuerLines, bodyStart);
    }

    private static int ReadTitle(IReadOnlyList<DocItem> items, int start, bool formattingKnown, List<string> titleParts)
    {
        var i = start;
        for (; i < items.Count; i++)
        {
            if (items[i] is not LineDocItem { Line: var line }) break;
            if (line.IsEmpty) continue;
            if (Separator().IsMatch(line.Text)) { i++; break; }
            if (HeadingLabelParser.Parse(line.Text) is not null) break;
            var looksLikeTitle = formattingKnown ? line.IsCentered || line.IsBold : titleParts.Count == 0;
            if (!looksLikeTitle) break;
            titleParts.Add(line.Text);
        }

        return i;
    }

    private static bool IsMotto(string text) =>
        text.StartsWith("CỘNG HÒA", StringComparison.Ordinal) || text.StartsWith("CỘNG HOÀ", StringComparison.Ordinal) || text.StartsWith("Độc lập", StringComparison.Ordinal) || Separator().IsMatch(text);

    private static int? ReadInt(string digits) => int.TryParse(digits.Trim(' ', '.', '…', '_'), out var value) ? value : null;

    private static int? ValidOrNull(int? value, int max) => value is >= 1 && value <= max ? value : null;

    [GeneratedRegex(@"^Số\s*[:.]?\s*(?<number>\d*)\s*/\s*(?<symbol>[\p{L}\d][\p{L}\d\s\-./]*)$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngày\s*(?<day>[\d\s.…_]*)\s*tháng\s*(?<month>[\d\s.…_]*)\s*năm\s*(?<year>\d{4})\s*\.?$")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^[\s_\-–—*=.]{3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

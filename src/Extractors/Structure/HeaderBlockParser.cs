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
            if (DocumentTypes.Match(line.Text) is { } type && (line.IsCentered || line.IsBold || !formattingKnown || typeIndex < 0) && !IsHeaderLine(line.Text))
            {
                docType = type.Code;
                typeIndex = i;
                if (type.Remainder.Length > 0) titleParts.Add(type.Remainder);
                break;
            }

            var recognised = false;
            foreach (var segment in Segments(line))
            {
                var rest = segment;
                if (NumberLine().Match(rest) is { Success: true } numberMatch)
                {
                    number = numberMatch.Groups["number"].Value is { Length: > 0 } n ? n : null;
                    symbol = Spaces().Replace(numberMatch.Groups["symbol"].Value, string.Empty).Trim('.', ' ');
                    if (symbol.Length == 0) symbol = null;
                    rest = rest.Remove(numberMatch.Index, numberMatch.Length).Trim();
                    recognised = true;
                }

                rest = RemoveMotto(rest, ref recognised);
                if (PlaceDate().Match(rest) is { Success: true } dateMatch)
                {
                    place = dateMatch.Groups["place"].Value.Trim();
                    date = new PartialDate(ReadInt(dateMatch.Groups["year"].Value), ValidOrNull(ReadInt(dateMatch.Groups["month"].Value), 12), ValidOrNull(ReadInt(dateMatch.Groups["day"].Value), 31));
                    rest = rest.Remove(dateMatch.Index, dateMatch.Length).Trim();
                    recognised = true;
                }

                if (docType is null && number is null && rest.Length is > 1 and < 80 && TextNormalizer.IsAllCaps(rest))
                {
                    issuerLines.Add(rest);
                    recognised = true;
                }
            }

            if (recognised) bodyStart = i + 1;
            else if (number is not null || place is not null) break;
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

    /// <summary>Header lines typed side by side with tabs are read piece by piece (runs of spaces are not gaps: a blank day is typed as spaces).</summary>
    private static IEnumerable<string> Segments(LineItem line) =>
        ColumnGap().Split(line.Paragraph.Text).Select(TextNormalizer.Clean).Where(segment => segment.Length > 0);

    private static bool IsHeaderLine(string text) => NumberLine().IsMatch(text) || PlaceDate().IsMatch(text) || Motto().IsMatch(text);

    private static string RemoveMotto(string text, ref bool recognised)
    {
        var cleaned = Motto().Replace(text, string.Empty).Trim();
        if (cleaned.Length != text.Length || Separator().IsMatch(text)) recognised = true;
        return Separator().IsMatch(cleaned) ? string.Empty : cleaned;
    }

    private static int? ReadInt(string digits) => int.TryParse(digits.Trim(' ', '.', '…', '_'), out var value) ? value : null;

    private static int? ValidOrNull(int? value, int max) => value is >= 1 && value <= max ? value : null;

    [GeneratedRegex(@"\bSố\s*[:.]?\s*(?<number>\d*)\s*/\s*(?<symbol>[\p{L}\d]+(?:\s*[-/.]\s*[\p{L}\d]+)*)")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"(?<place>\p{Lu}[^,\d/:]{1,60}?),\s*ngày\s*(?<day>[\d\s.…_]*)\s*tháng\s*(?<month>[\d\s.…_]*)\s*năm\s*(?<year>\d{4})\s*\.?")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    [GeneratedRegex(@"\t+")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^[\s_\-–—*=.]{3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

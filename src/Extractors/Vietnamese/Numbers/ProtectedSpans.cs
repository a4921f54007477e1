using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// Digits that are not quantities and must be left alone: dates, document numbers and symbols
/// (<c>1239/QĐ-UBND</c>, <c>137/2020/NĐ-CP</c>), phone numbers, web and mail addresses, years and labels
/// (<c>mốc 1158</c>, <c>Tiêu chí 8</c>, <c>lớp 6</c>, <c>Quyết định 49</c>) and version names (<c>4.0</c>).
/// </summary>
public static partial class ProtectedSpans
{
    /// <summary>
    /// Patterns whose whole match is protected (context the span needs stands in lookarounds), each with a cheap test for a
    /// character or word every match contains, so that a text without it skips the pattern. Only the digits of a span matter
    /// (number tokens start and end on digits), so a pattern may leave the letters of its context out of the match.
    /// </summary>
    private static readonly (Regex Pattern, Func<string, bool> MayMatch)[] WholeMatchPatterns =
    [
        (LeadingNumbering(), text => text.AsSpan().IndexOfAny('.', ')') >= 0),
        (FullDate(), text => text.Contains('/')),
        (WrittenDate(), text => text.Contains("tháng", StringComparison.OrdinalIgnoreCase)),
        (DocumentSymbol(), text => text.AsSpan().IndexOfAny('/', '-') >= 0),
        (Phone(), text => text.Contains('0')),
        (YearRange(), text => text.AsSpan().IndexOfAny('-', '–') >= 0),
        (YearAfterWord(), _ => true),
        (MonthYear(), text => text.Contains('/')),
        (DayMonthInContext(), text => text.Contains('/')),
        (CodeWithLetters(), _ => true),
    ];

    /// <summary>A mask over <paramref name="text"/>: true where a character belongs to a protected span.</summary>
    public static bool[] Mask(string text)
    {
        var mask = new bool[text.Length];
        if (MayHoldAddress(text))
        {
            foreach (var match in Address().EnumerateMatches(text)) Protect(mask, match.Index, match.Length);
        }

        foreach (var (pattern, mayMatch) in WholeMatchPatterns)
        {
            if (!mayMatch(text)) continue;
            foreach (var match in pattern.EnumerateMatches(text)) Protect(mask, match.Index, match.Length);
        }

        foreach (var match in LabelNumber().EnumerateMatches(text))
        {
            if (!IsFollowedByUnit(text, match.Index + match.Length)) Protect(mask, match.Index, match.Length);
        }

        if (text.Contains('.'))
        {
            foreach (var match in VersionName().EnumerateMatches(text))
            {
                if (!IsFollowedByUnit(text, match.Index + match.Length)) Protect(mask, match.Index, match.Length);
            }
        }

        return mask;
    }

    /// <summary>The address pattern is costly on long texts; only texts with one of its marks can hold an address.</summary>
    private static bool MayHoldAddress(string text) =>
        text.Contains('@') || text.Contains('<') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    private static void Protect(bool[] mask, int index, int length) => mask.AsSpan(index, length).Fill(true);

    private static bool IsFollowedByUnit(string text, int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
        return position < text.Length && (UnitCatalog.MatchAt(text, position) is not null || ScaleWords.MatchAt(text, position) is not null);
    }

    [GeneratedRegex(@"(?m)^\s*(?:[-+*•]\s*)?\d+(?:\.\d+)+\.?(?=\s|$)|(?m)^\s*\d+[.)](?=\s|$)")]
    private static partial Regex LeadingNumbering();

    /// <summary>Version names: <c>phiên bản 2.1.3</c>, <c>Công nghiệp 4.0</c>, <c>Web 2.0</c> (a word, then N.0).</summary>
    [GeneratedRegex(@"(?i)(?<=(?<![\p{L}])(?:phiên bản|version|ver\.?|v\.?)\s*)\d+(?:\.\d+)+|(?<=\p{L}\s?)\d{1,2}\.0(?!\d|[.,]\d|\s*%)")]
    private static partial Regex VersionName();

    [GeneratedRegex(@"https?://\S+|www\.\S+|\S+@\S+\.\S+|<[^>\s]+>", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<!\d)\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?i)ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(\s+năm\s+\d{4})?|(?<!\d\s*)tháng\s+\d{1,2}(\s*(năm|/)\s*\d{4})?")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:\s*[/-]\s*\d+)*\s*[/-]\s*\p{Lu}[\p{L}\d]*(?:\s?[-/.&]\s?[\p{L}\d]+)*")]
    private static partial Regex DocumentSymbol();

    [GeneratedRegex(@"(?<![\d.,])0\d{2,3}[.\s]\d{3}[.\s]\d{3,4}(?![\d])|(?<![\d.,])0\d{9,10}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\d.,])(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}(?![\d.,])")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?i)(?<=(?:năm|năm học|niên khóa|khóa|giai đoạn|nhiệm kỳ|xuân|tết)\s+)(?:19|20)\d{2}(?![\d.,])")]
    private static partial Regex YearAfterWord();

    [GeneratedRegex(@"(?<![\d.,/])\d{1,2}\s*/\s*(19|20)\d{2}(?![\d.,])")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?i)\d{1,2}/\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}|(?<=(?:ngày|lễ|dịp|từ|đến)\s+)\d{1,2}/\d{1,2}(?![\d/])")]
    private static partial Regex DayMonthInContext();

    [GeneratedRegex(@"(?i)(?<!\d)(?<=(?<![\p{L}])(?:mốc|tiêu chí số|tiêu chí|khối lớp|lớp|số|thứ|lần thứ|điểm cao|bình độ|khối thi đua số|cụm thi đua số|nghị định|quyết định|chỉ thị|kế hoạch|thông tư|luật|nghị quyết|kết luận|công văn|thông báo|đề án|trung đoàn|sư đoàn|đoàn|quốc lộ|tỉnh lộ|mục|điểm|khoản|điều|phụ lục|đợt|quý|mức độ|cấp độ|mức|độ tuổi|tuổi|hạng|ql|đh|chương trình|dự án|tổ)\s*(?:số\s*)?:?\s*)\d+(?:[.,]\d+)*(?![\d%])")]
    private static partial Regex LabelNumber();

    [GeneratedRegex(@"(?<![\p{L}\d])\d+\p{Lu}(?![\p{L}])|(?<![\p{L}\d])\d{3,}\p{Lu}{2,}|(?<=\p{L})[-.]\d+(?:[.,]\d+)*")]
    private static partial Regex CodeWithLetters();
}

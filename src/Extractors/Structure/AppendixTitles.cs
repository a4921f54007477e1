using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Structure;

/// <summary>Appendix labels (<c>Phụ lục I</c>, <c>PHỤ LỤC 02</c>, <c>Phụ lục số 1</c>) and title lines of appendices.</summary>
public static partial class AppendixTitles
{
    /// <summary>The longest title continuation that is read without its centring (a year, a period).</summary>
    private const int ShortLine = 40;

    public static (string Numbering, string Remainder)? MatchLabel(string text) =>
        Label().Match(text) is { Success: true } m ? (TextNormalizer.Clean(m.Groups["label"].Value), m.Groups["rest"].Value.Trim()) : null;

    public static bool IsTitleLine(LineItem line, bool formattingKnown) =>
        !line.Text.StartsWith('(') && line.Text.Length <= 300 && (line.IsAllCaps || formattingKnown && line.IsBold && line.IsCentered);

    /// <summary>
    /// A line that goes on with an open title: a title line, or a short bold line without small letters (<c>202....</c>,
    /// <c>2024</c>), which a producer that drops the centring (Chromium printing LibreOffice's HTML) leaves at the margin.
    /// </summary>
    public static bool ContinuesTitle(LineItem line, bool formattingKnown) =>
        IsTitleLine(line, formattingKnown)
        || formattingKnown && line.IsBold && !line.Text.StartsWith('(') && line.Text.Length <= ShortLine && !line.Text.Any(char.IsLower);

    [GeneratedRegex(@"^(?<label>(?:PHỤ LỤC|Phụ lục|PHỤ LỤC SỐ|Phụ lục số)(?:\s+(?:[IVXLC]{1,5}|\d{1,3}|[A-Z]))?)\b\s*[:.\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Label();
}

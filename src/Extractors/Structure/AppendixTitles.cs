using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Structure;

/// <summary>Appendix labels (<c>Phụ lục I</c>, <c>PHỤ LỤC 02</c>, <c>Phụ lục số 1</c>) and title lines of appendices.</summary>
public static partial class AppendixTitles
{
    public static (string Numbering, string Remainder)? MatchLabel(string text) =>
        Label().Match(text) is { Success: true } m ? (TextNormalizer.Clean(m.Groups["label"].Value), m.Groups["rest"].Value.Trim()) : null;

    public static bool IsTitleLine(LineItem line, bool formattingKnown) =>
        !line.Text.StartsWith('(') && line.Text.Length <= 300 && (line.IsAllCaps || formattingKnown && line.IsBold && line.IsCentered);

    [GeneratedRegex(@"^(?<label>(?:PHỤ LỤC|Phụ lục|PHỤ LỤC SỐ|Phụ lục số)(?:\s+(?:[IVXLC]{1,5}|\d{1,3}|[A-Z]))?)\b\s*[:.\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Label();
}

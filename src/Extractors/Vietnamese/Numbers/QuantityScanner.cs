using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// Finds the quantities of a sentence: numbers with their scale word and unit, percentages, rates (<c>23 tạ/ha</c>,
/// <c>835.000 đồng/suất</c>) and fractions (<c>149,2/145 ha</c>, <c>1.171/1.310</c>). Dates, document symbols,
/// phone numbers, years and labels are left alone; numbers that cannot be read unambiguously are reported as malformed.
/// </summary>
public static partial class QuantityScanner
{
    public static ScanResult Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Digits.AnyIn(text)) return ScanResult.Empty;
        var clean = Clean(text);
        var mask = ProtectedSpans.Mask(clean);
        var tokens = new List<Token>();
        foreach (var match in NumberToken().EnumerateMatches(clean))
        {
            if (!mask[match.Index] && !mask[match.Index + match.Length - 1]) tokens.Add(new Token(match.Index, match.Length, clean.Substring(match.Index, match.Length)));
        }

        if (tokens.Count == 0) return ScanResult.Empty;
        var quantities = new List<Quantity>();
        var malformed = new List<MalformedNumber>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var parsed = VietnameseNumberParser.Parse(token.Value);
            if (parsed.IsMalformed && VietnameseNumberParser.ParseDotDecimal(token.Value, PercentAt(clean, token.Index + token.Length)) is { } dotDecimal) parsed = dotDecimal;
            if (parsed.IsMalformed)
            {
                malformed.Add(new MalformedNumber(text.Substring(token.Index, token.Length), token.Index, token.Index + token.Length, parsed.MalformedReason!));
                continue;
            }

            var single = ReadSingle(text, clean, token, parsed);
            var slashAt = SkipSpaces(clean, single.End);
            if (!single.IsRate && slashAt < clean.Length && clean[slashAt] == '/' && i + 1 < tokens.Count && SkipSpaces(clean, slashAt + 1) == tokens[i + 1].Index)
            {
                var next = tokens[i + 1];
                var nextParsed = VietnameseNumberParser.Parse(next.Value);
                if (!nextParsed.IsMalformed)
                {
                    var denominator = ReadSingle(text, clean, next, nextParsed);
                    var inherits = single.Unit is null && denominator.Unit is not null;
                    var numerator = inherits ? single with { Unit = denominator.Unit, UnitWritten = false } : single;

                    // 9.037/17.454 tỷ đồng: a scale word written once after the fraction scales both of its sides.
                    if (single.Scale == 1m && single.Unit is null && denominator.Scale != 1m)
                    {
                        numerator = numerator with { Value = numerator.Value * denominator.Scale, Scale = denominator.Scale };
                    }

                    quantities.Add(numerator with { Text = text[numerator.Start..denominator.End], End = denominator.End, Denominator = denominator });
                    i++;
                    continue;
                }
            }

            if (IsBareYear(clean, single, parsed)) continue;
            if (parsed.Decimals == 3 && parsed.HasThousandsGroups && single.Unit is null && single.Scale == 1m)
            {
                malformed.Add(new MalformedNumber(single.Text, single.Start, single.End, "ba chữ số sau dấu phẩy mà không có đơn vị: có thể là nhóm hàng nghìn viết nhầm"));
                continue;
            }

            quantities.Add(single);
        }

        return new ScanResult(quantities, malformed);
    }

    /// <summary>Blanks what is markup, not text (TeX dollars and backslashes, Markdown stars, footnote markers), keeping every index.</summary>
    public static string Clean(string text)
    {
        if (!HasMarkup(text)) return text;
        var builder = new StringBuilder(text);
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (c is '$' or '\\' or '*' or '⁽' or '⁾') builder[i] = ' ';
            else if (IsSuperscriptDigit(c) && !(i > 0 && (text[i - 1] == 'm' || IsSuperscriptDigit(text[i - 1]) && i > 1 && text[i - 2] == 'm'))) builder[i] = ' ';
        }

        return builder.ToString();
    }

    /// <summary>Whether any character could be blanked; most texts have none, and then the text is its own clean form.</summary>
    private static bool HasMarkup(string text)
    {
        foreach (var c in text)
        {
            if (c is '$' or '\\' or '*' or '⁽' or '⁾' || IsSuperscriptDigit(c)) return true;
        }

        return false;
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    private static Quantity ReadSingle(string text, string clean, Token token, ParsedNumber parsed)
    {
        var position = SkipSpaces(clean, token.Index + token.Length);
        var scale = 1m;
        var end = token.Index + token.Length;
        if (ScaleWords.MatchAt(clean, position) is { } scaleWord)
        {
            scale = scaleWord.Factor;
            end = scaleWord.End;
            position = SkipSpaces(clean, end);
        }

        string? unit = null;
        if (UnitCatalog.MatchAt(clean, position) is { } unitMatch)
        {
            unit = unitMatch.Unit.Name;
            end = unitMatch.End;
        }

        if (unit is not null || scale != 1m)
        {
            var slash = SkipSpaces(clean, end);
            if (slash < clean.Length && clean[slash] == '/')
            {
                var after = SkipSpaces(clean, slash + 1);
                if (after < clean.Length && char.IsLetter(clean[after]))
                {
                    var per = UnitCatalog.MatchAt(clean, after);
                    var perEnd = per?.End ?? WordEnd(clean, after);
                    unit = (unit ?? string.Empty) + "/" + (per?.Unit.Name ?? clean[after..perEnd].ToLowerInvariant());
                    end = perEnd;
                }
            }
        }

        return new Quantity(text[token.Index..end], token.Index, end, parsed.Value * scale, parsed.Decimals, scale, unit, unit is not null, null);
    }

    private static bool IsBareYear(string clean, Quantity single, ParsedNumber parsed)
    {
        if (single.Unit is not null || single.Scale != 1m || parsed.Decimals > 0 || parsed.HasThousandsGroups) return false;
        if (single.Value is < 1900m or > 2099m || single.End - single.Start != 4) return false;
        return !(single.Start > 0 && clean[single.Start - 1] == '/');
    }

    private static bool PercentAt(string text, int position)
    {
        position = SkipSpaces(text, position);
        return position < text.Length && text[position] == '%';
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\u00A0' or '\t') position++;
        return position;
    }

    private static int WordEnd(string text, int position)
    {
        while (position < text.Length && char.IsLetter(text[position])) position++;
        return position;
    }

    /// <summary>A number token of the cleaned text; Value is its text.</summary>
    private readonly record struct Token(int Index, int Length, string Value);

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:,(?=\s*%))?")]
    private static partial Regex NumberToken();
}

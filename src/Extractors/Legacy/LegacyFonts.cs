using ThiDua.Extractors.Knowledge;

namespace ThiDua.Extractors.Legacy;

/// <summary>
/// Which font families are typed in a legacy encoding, which of them show every code as a capital, and which are symbol
/// fonts whose text is never decoded (data: legacy-fonts.tsv).
/// </summary>
public sealed class LegacyFonts(IReadOnlyList<(string Prefix, LegacyEncoding Encoding, string CapitalsSuffix)> rows, IReadOnlyList<string> symbolPrefixes)
{
    private const string SymbolEncoding = "symbol";

    /// <summary>A font of symbols and pictures (Symbol, Wingdings): its characters are not letters in any encoding.</summary>
    public bool IsSymbol(string? fontFamily)
    {
        if (string.IsNullOrWhiteSpace(fontFamily)) return false;
        var family = WithoutSubsetTag(fontFamily.Trim());
        return symbolPrefixes.Any(prefix => family.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The encoding a font family is typed in (None for a Unicode font), and whether it shows capitals only.</summary>
    public (LegacyEncoding Encoding, bool Capitals) Classify(string? fontFamily)
    {
        if (string.IsNullOrWhiteSpace(fontFamily)) return (LegacyEncoding.None, false);
        var family = WithoutSubsetTag(fontFamily.Trim());
        foreach (var (prefix, encoding, capitalsSuffix) in rows)
        {
            if (!family.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var name = WithoutStyle(family);
            return (encoding, capitalsSuffix.Length > 0 && name.EndsWith(capitalsSuffix, StringComparison.Ordinal));
        }

        return (LegacyEncoding.None, false);
    }

    /// <summary>PDF fonts carry a subset tag: six capitals and a plus sign (<c>ABCDEF+.VnTime</c>).</summary>
    private static string WithoutSubsetTag(string family) =>
        family.Length > 7 && family[6] == '+' && family[..6].All(char.IsAsciiLetterUpper) ? family[7..] : family;

    private static readonly string[] StyleSuffixes = ["BoldItalic", "Bold Italic", "Bold", "Italic", "Regular"];

    /// <summary>The family without a style part (<c>.VnTimeH,Bold</c>, <c>.VnTimeH-Bold</c>, <c>.VnTimeH Bold</c>).</summary>
    private static string WithoutStyle(string family)
    {
        var comma = family.IndexOf(',');
        var name = comma > 0 ? family[..comma] : family;
        foreach (var style in StyleSuffixes)
        {
            if (name.Length > style.Length + 1 && name.EndsWith(style, StringComparison.OrdinalIgnoreCase) && name[^(style.Length + 1)] is '-' or ' ')
            {
                return name[..^(style.Length + 1)];
            }
        }

        return name;
    }

    /// <summary>The fonts of a data file whose columns are <c>prefix</c>, <c>encoding</c> (or <c>symbol</c>) and <c>capitalsSuffix</c>.</summary>
    public static LegacyFonts From(KnowledgeFile file)
    {
        var symbols = file.Rows.Where(row => file.Field(row, "encoding") == SymbolEncoding).Select(row => file.Field(row, "prefix")).ToArray();
        var legacy = file.Rows.Where(row => file.Field(row, "encoding") != SymbolEncoding).Select(row => (
            file.Field(row, "prefix"),
            Enum.TryParse<LegacyEncoding>(file.Field(row, "encoding"), ignoreCase: true, out var encoding)
                ? encoding
                : throw new InvalidDataException($"{file.Name}: mã không rõ / unknown encoding '{file.Field(row, "encoding")}'"),
            file.Field(row, "capitalsSuffix"))).ToArray();
        return new LegacyFonts(legacy, symbols);
    }
}

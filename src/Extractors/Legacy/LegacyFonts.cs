namespace ThiDua.Extractors.Legacy;

/// <summary>Which font families are typed in a legacy encoding, and which of them show every code as a capital (data: legacy-fonts.tsv).</summary>
public sealed class LegacyFonts(IReadOnlyList<(string Prefix, LegacyEncoding Encoding, string CapitalsSuffix)> rows)
{
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

    public static LegacyFonts Parse(TextReader reader)
    {
        var rows = new List<(string, LegacyEncoding, string)>();
        var headerSeen = false;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || !Enum.TryParse<LegacyEncoding>(fields[1], ignoreCase: true, out var encoding))
            {
                throw new InvalidDataException("Dòng phông chữ không hợp lệ / Invalid font line: " + line);
            }

            rows.Add((fields[0], encoding, fields.Length > 2 ? fields[2] : ""));
        }

        return new LegacyFonts(rows);
    }
}

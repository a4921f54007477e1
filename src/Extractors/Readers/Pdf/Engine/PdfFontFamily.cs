using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// The family of a PDF font name: <c>BAAAAA+TimesNewRomanPS-BoldMT</c> gives <c>TimesNewRomanPS</c>, <c>ABCDEF+.VnTime,Bold</c>
/// gives <c>.VnTime</c>, <c>VNI-Times-Italic</c> gives <c>VNI-Times</c> (only a style word after the last dash is cut).
/// </summary>
public static partial class PdfFontFamily
{
    public static string? Of(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName)) return null;
        var name = SubsetTag().Replace(fontName.Trim(), "");
        var comma = name.IndexOf(',');
        if (comma > 0) name = name[..comma];
        name = StyleSuffix().Replace(name, "");
        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"^[A-Z]{6}\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"-(Bold|Italic|Oblique|BoldItalic|BoldOblique|Regular|Roman|Book|Medium|Semibold|Light|Black|Heavy)?(MT|PS|PSMT)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StyleSuffix();
}

using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A raised 2 or 3 after a length unit (m, km, cm...) is a power, printed as ² or ³, not a footnote.</summary>
public static partial class UnitPower
{
    public static string? Rewrite(string precedingText, string superscript)
    {
        var s = superscript.Trim();
        if (s != "2" && s != "3") return null;
        return Unit().IsMatch(precedingText) ? (s == "2" ? "²" : "³") : null;
    }

    [GeneratedRegex(@"(?<!\p{L})(k|c|d|h|m)?m$")]
    private static partial Regex Unit();
}

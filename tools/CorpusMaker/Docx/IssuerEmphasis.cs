using System.Text.RegularExpressions;

namespace CorpusMaker.Docx;

/// <summary>
/// Which issuer lines are bold (Decree 30: the superior body upright, the issuing body bold). Lines with their own
/// <c>**</c> markup are written as marked; otherwise a first line naming a district or province body above a lower
/// one is upright and the rest bold.
/// </summary>
public static partial class IssuerEmphasis
{
    [GeneratedRegex(@"\b(HUYỆN|TỈNH|THÀNH PHỐ|QUẬN|THỊ XÃ)\b")]
    private static partial Regex SuperiorLevel();

    public static bool IsBold(IReadOnlyList<string> issuers, int index)
    {
        if (issuers.Any(line => line.Contains("**", StringComparison.Ordinal)))
        {
            return false;
        }

        return !(index == 0 && issuers.Count > 1 && SuperiorLevel().IsMatch(issuers[0]));
    }
}

using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>Reads a table cell that holds exactly one number (<c>74,41</c>, <c>1.234</c>, <c>05</c>, <c>100%</c>, <c>0.65%</c>).</summary>
public static partial class NumberReader
{
    public static bool TryReadCellValue(string cellText, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(cellText)) return false;
        var match = CellNumber().Match(QuantityScanner.Clean(cellText));
        if (!match.Success) return false;
        var parsed = VietnameseNumberParser.Parse(match.Groups["n"].Value);
        if (parsed.IsMalformed && VietnameseNumberParser.ParseDotDecimal(match.Groups["n"].Value, cellText.Contains('%')) is { } dotDecimal) parsed = dotDecimal;
        if (parsed.IsMalformed || (parsed.Decimals == 3 && parsed.HasThousandsGroups)) return false;
        value = parsed.Value;
        return true;
    }

    [GeneratedRegex(@"^\s*(?<n>\d+(?:[.,]\d+)*)\s*%?\s*$")]
    private static partial Regex CellNumber();
}

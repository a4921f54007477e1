using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Reads the numbers of award-table cells: counts (<c>01</c>, <c>10 cá nhân và (18 LĐTT)</c>) and percentages as printed (<c>88,5</c>).</summary>
public static partial class CellNumbers
{
    /// <summary>A whole count of a cell, or null when it holds none or zero.</summary>
    public static int? Count(Cell? cell)
    {
        if (cell is null) return null;
        if (cell.Value is { } value) return value > 0 && value == decimal.Truncate(value) ? (int)value : null;
        var text = cell.Text.Trim();
        return Integer().IsMatch(text) && int.Parse(text, CultureInfo.InvariantCulture) is var n && n > 0 ? n : null;
    }

    /// <summary>A percentage as printed (<c>88,5</c> → 88.5), or null.</summary>
    public static decimal? Percent(Cell? cell)
    {
        if (cell is null) return null;
        if (cell.Value is { } value) return value;
        var text = cell.Text.Replace("%", "", StringComparison.Ordinal).Trim();
        return Decimal().IsMatch(text) ? decimal.Parse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{1,6}$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^\d{1,3}(?:,\d+)?$")]
    private static partial Regex Decimal();
}

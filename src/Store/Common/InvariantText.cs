using System.Globalization;

namespace ThiDua.Store.Common;

/// <summary>Values as one culture-free text, so that a correction's old value, a diff and an export all write a number the same way.</summary>
public static class InvariantText
{
    public static string? Of(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string? Of(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A number with a dot for decimals and no thousands separator: <c>12,5</c> (a Vietnamese decimal comma) is refused
    /// rather than read as 125.
    /// </summary>
    public static bool TryDecimal(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }

    public static bool TryInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }

    /// <summary>True when two values read the same: equal numbers (<c>5</c> and <c>5.0</c>), or equal trimmed texts; null and empty are one.</summary>
    public static bool Same(string? left, string? right)
    {
        var a = string.IsNullOrWhiteSpace(left) ? null : left.Trim().Normalize();
        var b = string.IsNullOrWhiteSpace(right) ? null : right.Trim().Normalize();
        if (a is null || b is null) return a is null && b is null;
        if (decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)) return x == y;
        return string.Equals(a, b, StringComparison.Ordinal);
    }
}

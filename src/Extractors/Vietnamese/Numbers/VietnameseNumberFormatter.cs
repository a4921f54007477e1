using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>Writes a number the Vietnamese way: dots between thousands, a comma before decimals (<c>17.832.000</c>, <c>87,5</c>).</summary>
public static class VietnameseNumberFormatter
{
    public static string Format(decimal value, int decimals)
    {
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 10), MidpointRounding.AwayFromZero);
        var invariant = rounded.ToString("F" + Math.Clamp(decimals, 0, 10).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var negative = invariant.StartsWith('-');
        if (negative) invariant = invariant[1..];
        var pointAt = invariant.IndexOf('.');
        var integerDigits = pointAt < 0 ? invariant : invariant[..pointAt];
        var builder = new StringBuilder();
        if (negative) builder.Append('-');
        for (var i = 0; i < integerDigits.Length; i++)
        {
            if (i > 0 && (integerDigits.Length - i) % 3 == 0) builder.Append('.');
            builder.Append(integerDigits[i]);
        }

        if (pointAt >= 0) builder.Append(',').Append(invariant[(pointAt + 1)..]);
        return builder.ToString();
    }

    /// <summary>Writes a computed value with the decimals needed to compare it with a stated one (at least one more than stated, at most four).</summary>
    public static string FormatComputed(decimal value, int statedDecimals)
    {
        var decimals = Math.Min(4, statedDecimals + 1);
        var text = Format(value, decimals);
        if (!text.Contains(',')) return text;
        text = text.TrimEnd('0');
        return text.EndsWith(',') ? text[..^1] : text;
    }
}

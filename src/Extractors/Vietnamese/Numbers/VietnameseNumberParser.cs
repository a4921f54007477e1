using System.Globalization;

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>Reads one number token written the Vietnamese way: <c>1.731</c>, <c>3.760,69</c>, <c>13,925</c>, <c>02</c>.</summary>
public static class VietnameseNumberParser
{
    public static ParsedNumber Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = token.Trim();
        if (text.Length == 0 || !char.IsAsciiDigit(text[0])) return Malformed("không bắt đầu bằng chữ số");
        if (text.EndsWith(',')) return Malformed("dấu phẩy thập phân không có chữ số theo sau");
        var commas = text.Count(c => c == ',');
        if (commas > 1) return Malformed("nhiều dấu phẩy");
        var commaAt = text.IndexOf(',');
        var integerPart = commaAt < 0 ? text : text[..commaAt];
        var decimalPart = commaAt < 0 ? string.Empty : text[(commaAt + 1)..];
        if (decimalPart.Contains('.')) return Malformed("dấu chấm sau dấu phẩy thập phân");
        var grouped = integerPart.Contains('.');
        if (grouped && !IsThousandsGrouping(integerPart)) return Malformed("nhóm hàng nghìn không đủ ba chữ số");
        var digits = integerPart.Replace(".", string.Empty, StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit) || !decimalPart.All(char.IsAsciiDigit)) return Malformed("ký tự lạ trong số");
        if (digits.Length > 18) return Malformed("quá nhiều chữ số");
        var invariant = decimalPart.Length == 0 ? digits : digits + "." + decimalPart;
        var value = decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new ParsedNumber(value, decimalPart.Length, grouped, null);
    }

    /// <summary>
    /// A number written with a decimal dot where no other reading exists: <c>0.65</c> (no thousands group starts with 0) and,
    /// before <c>%</c>, one dot followed by one or two digits (<c>12.5%</c>, <c>0.65%</c>). Null for anything a reader would have to guess at.
    /// </summary>
    public static ParsedNumber? ParseDotDecimal(string token, bool percentFollows)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = token.Trim();
        var dot = text.IndexOf('.');
        if (dot <= 0 || text.IndexOf('.', dot + 1) >= 0 || text.Contains(',')) return null;
        var integerPart = text[..dot];
        var decimalPart = text[(dot + 1)..];
        if (!integerPart.All(char.IsAsciiDigit) || decimalPart.Length == 0 || !decimalPart.All(char.IsAsciiDigit)) return null;
        var unambiguous = (integerPart == "0" && decimalPart.Length != 3) || (percentFollows && integerPart.Length <= 3 && decimalPart.Length <= 2);
        if (!unambiguous) return null;
        var value = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new ParsedNumber(value, decimalPart.Length, false, null);
    }

    private static bool IsThousandsGrouping(string integerPart)
    {
        var groups = integerPart.Split('.');
        if (groups[0].Length is < 1 or > 3) return false;
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3) return false;
        }

        return true;
    }

    private static ParsedNumber Malformed(string reason) => new(0m, 0, false, reason);
}

using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>Formats a list counter in one of Word's number formats.</summary>
public static class ListNumberFormatter
{
    private static readonly (int Value, string Numeral)[] RomanNumerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letter(value).ToUpperInvariant();
        if (format == NumberFormatValues.LowerLetter) return Letter(value);
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Roman(int value)
    {
        if (value <= 0 || value > 3999) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        foreach (var (numeralValue, numeral) in RomanNumerals)
        {
            while (value >= numeralValue)
            {
                builder.Append(numeral);
                value -= numeralValue;
            }
        }

        return builder.ToString();
    }

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa...</summary>
    public static string Letter(int value)
    {
        if (value <= 0) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }
}

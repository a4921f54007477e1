using System.Text;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>Formats a list counter in one of Word's number formats.</summary>
public static class ListNumberFormatter
{
    private static readonly (int Value, string Numeral)[] RomanNumerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>Formats <paramref name="value"/> in the <c>w:numFmt</c> named <paramref name="format"/>; other formats read as decimal.</summary>
    public static string Format(int value, string? format) => format switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value).ToUpperInvariant(),
        "lowerLetter" => Letter(value),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

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

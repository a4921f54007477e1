using System.Globalization;
using ThiDua.Store.Common;

namespace ThiDua.Store.Export;

/// <summary>A cell as text in the text formats (CSV): invariant numbers, ISO dates, TRUE/FALSE as spreadsheets write them.</summary>
public static class ExportCellText
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => InvariantText.Of(number)!,
        bool flag => flag ? "TRUE" : "FALSE",
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        DateTime time => time.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

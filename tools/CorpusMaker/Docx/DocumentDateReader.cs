using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusMaker.Docx;

/// <summary>A fixed creation date for the core properties, taken from the <c>@date</c> line (so builds are repeatable).</summary>
public static partial class DocumentDateReader
{
    [GeneratedRegex(@"năm\s+(?<y>\d{4})")]
    private static partial Regex Year();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})")]
    private static partial Regex Month();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})")]
    private static partial Regex Day();

    public static DateTime Read(string? date)
    {
        var text = date ?? string.Empty;
        var year = Number(Year().Match(text), "y", 2024, 1990, 2100);
        var month = Number(Month().Match(text), "m", 1, 1, 12);
        var day = Number(Day().Match(text), "d", 1, 1, DateTime.DaysInMonth(year, month));
        return new DateTime(year, month, day, 8, 0, 0, DateTimeKind.Utc);
    }

    private static int Number(Match match, string group, int fallback, int min, int max)
    {
        if (!match.Success)
        {
            return fallback;
        }

        var value = int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return value >= min && value <= max ? value : fallback;
    }
}

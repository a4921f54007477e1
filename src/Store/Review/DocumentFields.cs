using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Store.Common;

namespace ThiDua.Store.Review;

/// <summary>The header fields a correction can address as <c>document/&lt;field&gt;</c>: read one as text, or set one from text.</summary>
internal static partial class DocumentFields
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "symbol", "docType", "title", "place", "issuer", "date", "period.year", "period.part",
        "signer.name", "signer.position", "signer.authority",
    };

    public static string? Get(DocumentMeta meta, string field) => field switch
    {
        "number" => meta.Number,
        "symbol" => meta.Symbol,
        "docType" => meta.DocType,
        "title" => meta.Title,
        "place" => meta.Place,
        "issuer" => meta.Issuer,
        "date" => FormatDate(meta.Date),
        "period.year" => InvariantText.Of(meta.Period?.Year),
        "period.part" => meta.Period?.Part,
        "signer.name" => meta.Signer?.Name,
        "signer.position" => meta.Signer?.Position,
        "signer.authority" => meta.Signer?.Authority,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static bool TrySet(DocumentMeta meta, string field, string? value, out DocumentMeta updated)
    {
        updated = meta;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var signer = meta.Signer ?? new Signer(null, null, null);
        var period = meta.Period ?? new Period(null, null);
        switch (field)
        {
            case "number": updated = meta with { Number = text }; return true;
            case "symbol": updated = meta with { Symbol = text }; return true;
            case "docType": updated = meta with { DocType = text }; return true;
            case "title": updated = meta with { Title = text }; return true;
            case "place": updated = meta with { Place = text }; return true;
            case "issuer": updated = meta with { Issuer = text }; return true;
            case "date":
                if (!TryParseDate(text, out var date)) return false;
                updated = meta with { Date = date };
                return true;
            case "period.year":
                if (!InvariantText.TryInt(text, out var year)) return false;
                updated = meta with { Period = period with { Year = year } };
                return true;
            case "period.part":
                if (text is not null && !PeriodPartPattern().IsMatch(text)) return false;
                updated = meta with { Period = period with { Part = text } };
                return true;
            case "signer.name": updated = meta with { Signer = signer with { Name = text } }; return true;
            case "signer.position": updated = meta with { Signer = signer with { Position = text } }; return true;
            case "signer.authority": updated = meta with { Signer = signer with { Authority = text } }; return true;
            default: return false;
        }
    }

    /// <summary>A partial date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; null when the year is unknown.</summary>
    public static string? FormatDate(PartialDate date) => date.Year is not { } year
        ? null
        : date.Month is not { } month ? $"{year:0000}" : date.Day is not { } day ? $"{year:0000}-{month:00}" : $"{year:0000}-{month:00}-{day:00}";

    private static bool TryParseDate(string? text, out PartialDate date)
    {
        date = PartialDate.Unknown;
        if (text is null) return true;
        var match = DatePattern().Match(text);
        if (!match.Success) return false;
        int? Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value) : null;
        date = new PartialDate(Part(1), Part(2), Part(3));
        if (date.Month is < 1 or > 12) return false;
        if (date.Day is { } day && (day < 1 || day > DateTime.DaysInMonth(date.Year!.Value, date.Month!.Value))) return false;
        return true;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(full_year|first_half|second_half|quarter_[1-4]|month_(?:[1-9]|1[0-2]))$")]
    private static partial Regex PeriodPartPattern();
}

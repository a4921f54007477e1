using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary>A finding before the checker numbers it: everything of a <see cref="Flag"/> but its id.</summary>
public sealed record FlagDraft(
    string Kind,
    string Severity,
    string Message,
    StatedValue? Stated,
    decimal? Computed,
    decimal? Tolerance,
    string? Expression,
    string Quote,
    FlagLocation Location)
{
    public Flag ToFlag(int number) => new("f" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), Kind, Severity, Message, Stated, Computed, Tolerance, Expression, Quote, Location);
}

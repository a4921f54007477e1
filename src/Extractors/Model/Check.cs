using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>
/// An arithmetic claim the checker recognized, whatever its outcome: <c>consistent</c>, <c>mismatch</c> (FlagId names its flag)
/// or <c>unverifiable</c> (recognized but not read with certainty, never an error; Note says why).
/// </summary>
public sealed record Check(
    string Id,
    string Kind,
    string Status,
    [property: JsonConverter(typeof(StatedValueConverter))] StatedValue? Stated,
    decimal? Computed,
    decimal? Tolerance,
    string? Expression,
    string Quote,
    string? FlagId,
    FlagLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);

/// <summary>The statuses of a <see cref="Check"/>.</summary>
public static class CheckStatus
{
    public const string Consistent = "consistent";
    public const string Mismatch = "mismatch";
    public const string Unverifiable = "unverifiable";
}

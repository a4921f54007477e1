using System.Globalization;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// What a check reports, before the checker numbers it. A recognized claim has a <see cref="Status"/>
/// (<see cref="CheckStatus"/>): it becomes a <see cref="Check"/>, and a <c>mismatch</c> also a <see cref="Flag"/>.
/// A finding with no status is a remark on the text, not a claim (a number that cannot be read): a flag only.
/// Build them with <see cref="Consistent"/>, <see cref="Mismatch"/>, <see cref="Unverifiable"/> and <see cref="Warning"/>.
/// </summary>
public sealed record Finding(
    string Kind,
    string Severity,
    string Message,
    StatedValue? Stated,
    decimal? Computed,
    decimal? Tolerance,
    string? Expression,
    string Quote,
    FlagLocation Location,
    string? Status = CheckStatus.Mismatch)
{
    /// <summary>A claim whose terms agree.</summary>
    public static Finding Consistent(string kind, StatedValue? stated, decimal? computed, decimal? tolerance, string? expression, string quote, FlagLocation location) =>
        new(kind, Vocabulary.Severities.Info, string.Empty, stated, computed, tolerance, expression, quote, location, CheckStatus.Consistent);

    /// <summary>A claim read with certainty whose terms disagree: an error flag.</summary>
    public static Finding Mismatch(string kind, string message, StatedValue? stated, decimal? computed, decimal? tolerance, string? expression, string quote, FlagLocation location) =>
        new(kind, Vocabulary.Severities.Error, message, stated, computed, tolerance, expression, quote, location, CheckStatus.Mismatch);

    /// <summary>A claim read with certainty: consistent when its terms agree, otherwise a mismatch with <paramref name="message"/>.</summary>
    public static Finding Verdict(bool agrees, string kind, string message, StatedValue? stated, decimal? computed, decimal? tolerance, string? expression, string quote, FlagLocation location) =>
        agrees ? Consistent(kind, stated, computed, tolerance, expression, quote, location) : Mismatch(kind, message, stated, computed, tolerance, expression, quote, location);

    /// <summary>A claim recognized but not read with certainty (<paramref name="reason"/> says why): recorded, never an error.</summary>
    public static Finding Unverifiable(string kind, string reason, StatedValue? stated, decimal? computed, string? expression, string quote, FlagLocation location) =>
        new(kind, Vocabulary.Severities.Info, reason, stated, computed, null, expression, quote, location, CheckStatus.Unverifiable);

    /// <summary>A remark on the text for a person to act on (a number that cannot be read): a warning flag, not a claim.</summary>
    public static Finding Warning(string kind, string message, StatedValue? stated, string quote, FlagLocation location) =>
        new(kind, Vocabulary.Severities.Warning, message, stated, null, null, null, quote, location, null);

    public bool IsClaim => Status is not null;

    public bool IsFlag => Status is null || Status == CheckStatus.Mismatch;

    /// <summary>The same finding as an unverifiable claim (a mismatch whose reading turned out uncertain).</summary>
    public Finding AsUnverifiable(string reason) => this with { Severity = Vocabulary.Severities.Info, Message = reason, Status = CheckStatus.Unverifiable };

    public Flag ToFlag(int number) => new("f" + number.ToString(CultureInfo.InvariantCulture), Kind, Severity, Message, Stated, Computed, Tolerance, Expression, Quote, Location);

    public Check ToCheck(int number, string? flagId) =>
        new("c" + number.ToString(CultureInfo.InvariantCulture), Kind, Status ?? CheckStatus.Unverifiable, Stated, Computed, Tolerance, Expression, Quote, flagId, Location,
            Status == CheckStatus.Unverifiable ? Message : null);
}

namespace ThiDua.Store.Review;

/// <summary>
/// What became of one correction: applied, or not with a reason code (<see cref="CorrectionRejection"/>) and a
/// Vietnamese-then-English message. ExtractedValue is the value the target held before this correction.
/// </summary>
public sealed record CorrectionOutcome(Correction Correction, bool Applied, string? ExtractedValue, string? Reason, string? Message);

/// <summary>Why a correction could not be applied.</summary>
public static class CorrectionRejection
{
    /// <summary>The target does not follow the grammar.</summary>
    public const string BadTarget = "bad_target";

    /// <summary>The record (index or flag id) is not in this extraction.</summary>
    public const string NotFound = "not_found";

    /// <summary>The new value cannot be read for this field (a count that is not a whole number, an unknown flag status).</summary>
    public const string BadValue = "bad_value";

    /// <summary>The old value recorded with the correction is not what the extraction holds: it was made on another reading.</summary>
    public const string Stale = "stale";
}

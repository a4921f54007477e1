using ThiDua.Store;
using ThiDua.Store.Review;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>
/// A correction the page refused (it would not apply: stale old value, unknown target, unreadable value), sent back with
/// what the reviewer typed and the reason, Vietnamese then English, to show beside the field.
/// </summary>
public sealed record RefusedCorrection(NewCorrection Candidate, string? ReturnTo, CorrectionOutcome Outcome)
{
    public string Message => Outcome.Message ?? Outcome.Reason ?? string.Empty;

    /// <summary>409 when the value changed meanwhile (stale), 400 otherwise, as the API answers.</summary>
    public int StatusCode => Outcome.Reason == CorrectionRejection.Stale ? 409 : 400;

    /// <summary>Flag decisions are buttons, not the value dialog: their refusal is shown above the panels.</summary>
    public bool IsValueCorrection => !Candidate.Target.StartsWith(CorrectionTarget.Flags + "/", StringComparison.Ordinal);
}

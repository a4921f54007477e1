using ThiDua.Extractors.Model;

namespace ThiDua.Store.Review;

/// <summary>
/// Tells, before a correction is stored, whether it would apply to the extraction it names after the corrections already
/// made: a stale old value, an unknown target or an unreadable value is refused at once instead of being stored and
/// silently left out of every export. The corrections already made are those of this version and the earlier ones, in
/// order, as the exports lay every correction on the latest extraction.
/// </summary>
public static class CorrectionValidator
{
    public static CorrectionOutcome Check(Report extraction, IReadOnlyList<Correction> existing, NewCorrection candidate)
    {
        var proposed = new Correction(0, candidate.DocumentId, candidate.Version, candidate.Target, candidate.OldValue, candidate.NewValue, candidate.Comment, candidate.User, DateTimeOffset.UtcNow);
        return CorrectionApplier.Apply(extraction, AppliedBefore(existing, candidate.Version).Append(proposed)).Outcomes[^1];
    }

    /// <summary>The outcome for the candidate against the stored extraction it names; null when that version has no report (missing or failed).</summary>
    public static async Task<CorrectionOutcome?> CheckAsync(IReportStore store, NewCorrection candidate, CancellationToken cancellationToken = default)
    {
        if (await store.GetExtractionAsync(candidate.DocumentId, candidate.Version, cancellationToken) is not { Report: { } extraction }) return null;
        return Check(extraction, await store.ListCorrectionsAsync(candidate.DocumentId, cancellationToken), candidate);
    }

    /// <summary>The corrections laid on a version before a new one: those made on it or on an earlier version, oldest first.</summary>
    public static IEnumerable<Correction> AppliedBefore(IReadOnlyList<Correction> existing, int version) => existing.Where(c => c.Version <= version);
}

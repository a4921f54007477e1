using ThiDua.Extractors.Model;

namespace ThiDua.Store.Review;

/// <summary>
/// Tells, before a correction is stored, whether it would apply to the extraction it names after the corrections already
/// made: a stale old value, an unknown target or an unreadable value is refused at once instead of being stored and
/// silently left out of every export.
/// </summary>
public static class CorrectionValidator
{
    public static CorrectionOutcome Check(Report extraction, IReadOnlyList<Correction> existing, NewCorrection candidate)
    {
        var proposed = new Correction(0, candidate.DocumentId, candidate.Version, candidate.Target, candidate.OldValue, candidate.NewValue, candidate.Comment, candidate.User, DateTimeOffset.UtcNow);
        var earlier = existing.Where(c => c.Version == candidate.Version);
        return CorrectionApplier.Apply(extraction, earlier.Append(proposed)).Outcomes[^1];
    }
}

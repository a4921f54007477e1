namespace ThiDua.Store.Diff.Model;

/// <summary>A review correction laid against the extraction: what the extraction holds, what the reviewer set, and whether it applies.</summary>
public sealed record CorrectionReview(
    long Id,
    string Target,
    string? ExtractedValue,
    string? OldValue,
    string? NewValue,
    bool Applied,
    string? Reason,
    string? Message,
    string User,
    DateTimeOffset At,
    string? Comment);

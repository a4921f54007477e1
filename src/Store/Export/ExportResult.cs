using ThiDua.Store.Review;

namespace ThiDua.Store.Export;

/// <summary>What an export wrote: how many documents, the files, and the corrections that could not be applied.</summary>
public sealed record ExportResult(int DocumentCount, IReadOnlyList<string> Files, int CorrectionsApplied, IReadOnlyList<(long DocumentId, CorrectionOutcome Outcome)> NotApplied);

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>A body row of the award table as the extractor reads it: its grid row, the award it names (or inherits), the basis of a sub-row.</summary>
public sealed record LedgerRow(int Row, AwardMention Mention, Grantor? Grantor, string? Basis);

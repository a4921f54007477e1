namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>A body row of an award ledger as the record reader takes it: its grid row, the award it names (or inherits), the basis or recipient of a sub-row.</summary>
public sealed record LedgerRow(int Row, AwardMention Mention, Grantor? Grantor, string? Basis, string? Recipient = null);

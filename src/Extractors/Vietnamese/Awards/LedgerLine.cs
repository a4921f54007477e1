namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// One body row of an award ledger as read: its grid row and kind, the level in force (from the section rows), the award it names (a sub-row
/// takes its parent's), the grantor named in it, and for a sub-row the basis or recipient it names and whether it is a part only
/// (<c>Trong đó ...</c>) rather than a member of a partition.
/// </summary>
public sealed record LedgerLine(
    int Row,
    LedgerLineKind Kind,
    string? Level,
    AwardMention? Mention,
    Grantor? Grantor,
    string? Basis,
    string? Recipient,
    bool IsSubset);

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// One column of an award ledger and what its header says it counts: the recipient kind, proposals or decisions (status), the basis,
/// or a total of other columns. Null members are not said by the header. <see cref="Header"/> is the header path joined by " > ".
/// </summary>
public sealed record LedgerColumn(int Col, LedgerColumnRole Role, string? Recipient, string? Status, string? Basis, bool IsTotal, string Header);

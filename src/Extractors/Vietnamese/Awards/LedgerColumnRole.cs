namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>What a column of an award ledger holds.</summary>
public enum LedgerColumnRole
{
    /// <summary>Counts of awards (of a recipient, status, basis, or a total of such columns).</summary>
    Count,

    /// <summary>Direct workers among the recipients (the <c>SL</c> of the <c>Trong đó đối tượng ở cơ sở, lao động trực tiếp</c> group).</summary>
    DirectCount,

    /// <summary>The share of direct workers, as printed (<c>%</c> of that group).</summary>
    DirectPercent,
}

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>The columns of an award ledger read from its header: the row-number column (-1 when none), the award-name column, the count columns.</summary>
public sealed record LedgerColumns(int Number, int Name, IReadOnlyList<LedgerColumn> Columns)
{
    public IEnumerable<LedgerColumn> Counts => Columns.Where(c => c.Role == LedgerColumnRole.Count);

    /// <summary>
    /// The columns whose cells are award records: count columns that are not totals. When some count column names a recipient, count columns of
    /// the same status that name none are another split of the same awards (by basis alone) and give no records.
    /// </summary>
    public IReadOnlyList<LedgerColumn> RecordColumns()
    {
        var counts = Counts.Where(c => !c.IsTotal).ToList();
        return counts.Where(c => c.Recipient is not null || !counts.Any(o => o.Recipient is not null && o.Status == c.Status)).ToList();
    }

    public LedgerColumn? DirectCount(string recipient) => Columns.FirstOrDefault(c => c.Role == LedgerColumnRole.DirectCount && c.Recipient == recipient);

    public LedgerColumn? DirectPercent(string recipient) => Columns.FirstOrDefault(c => c.Role == LedgerColumnRole.DirectPercent && c.Recipient == recipient);

    /// <summary>Whether two readings give the columns the same meanings (a header repeated over a page break).</summary>
    public bool SameAs(LedgerColumns other) =>
        Number == other.Number && Name == other.Name
        && Columns.Select(c => c with { Header = "" }).SequenceEqual(other.Columns.Select(c => c with { Header = "" }));
}

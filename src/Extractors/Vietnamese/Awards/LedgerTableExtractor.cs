using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Award records of the award ledgers of a table (<see cref="AwardLedgerReader"/>). Section rows give the level; award rows the award; their
/// sub-rows the basis or the recipient (<see cref="LedgerRecordReader"/>: per column, sub-rows that hold counts replace the parent, no double count).
/// A section row that holds counts itself yields them only when no award row under it does. Total rows, repeated headers and column-number rows
/// never yield records.
/// </summary>
public sealed class LedgerTableExtractor(AwardCatalog catalog, AwardLedgerReader ledgers, CountPhraseParser counts, AwardResolver resolver)
{
    public IReadOnlyList<Award> Extract(TableGrid grid)
    {
        var records = new List<Award>();
        foreach (var ledger in ledgers.Read(grid))
        {
            records.AddRange(Extract(ledger));
        }

        return records;
    }

    public IReadOnlyList<Award> Extract(AwardLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var reader = new LedgerRecordReader(catalog, counts, resolver, ledger.Grid, ledger.Columns);
        var records = new List<Award>();
        var levelRecords = new List<Award>();
        var underLevel = 0;
        LedgerLine? parent = null;
        var subRows = new List<LedgerRow>();

        void CloseParent()
        {
            if (parent is not null)
            {
                var emitted = reader.Read(new LedgerRow(parent.Row, parent.Mention!, parent.Grantor, null), subRows, parent.Level);
                underLevel += emitted.Count;
                records.AddRange(emitted);
            }

            parent = null;
            subRows.Clear();
        }

        void CloseLevel()
        {
            CloseParent();
            if (underLevel == 0) records.AddRange(levelRecords);
            levelRecords.Clear();
            underLevel = 0;
        }

        foreach (var line in ledger.Lines)
        {
            switch (line.Kind)
            {
                case LedgerLineKind.Section:
                    CloseLevel();
                    levelRecords.AddRange(reader.Read(new LedgerRow(line.Row, line.Mention!, null, null), [], line.Level));
                    break;
                case LedgerLineKind.Award:
                    CloseParent();
                    parent = line;
                    break;
                case LedgerLineKind.SubRow:
                    if (parent is not null) subRows.Add(new LedgerRow(line.Row, line.Mention!, line.Grantor, line.Basis, line.Recipient));
                    break;
                case LedgerLineKind.Total:
                    CloseParent();
                    break;
            }
        }

        CloseLevel();
        return records;
    }
}

using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Award records of the standard appendix table. Roman rows (<c>III Khen thưởng cấp huyện</c>) give the level; numbered rows the award; their
/// unnumbered sub-rows either the basis (<c>Khen chuyên đề</c>...) or, when they name another award (<c>Nghệ sĩ ưu tú</c>), a record of their own.
/// Per recipient column, a row whose basis sub-rows hold counts yields the sub-rows' records and not its own (no double count); otherwise it yields
/// its own record with basis null. A Roman row that holds counts itself yields them only when no award row under it does.
/// </summary>
public sealed partial class LedgerTableExtractor(AwardCatalog catalog, GrantorParser grantors, CountPhraseParser counts, AwardResolver resolver)
{
    public IReadOnlyList<Award> Extract(TableGrid grid)
    {
        var table = grid.Table;
        var columns = LedgerHeaderReader.Read(table, grid);
        if (columns is null) return [];

        var reader = new LedgerRecordReader(catalog, counts, resolver, table, grid, columns);
        var records = new List<Award>();
        var levelRecords = new List<Award>();
        var underLevel = 0;
        string? level = null;
        LedgerRow? parent = null;
        var subRows = new List<LedgerRow>();

        void CloseParent()
        {
            if (parent is not null)
            {
                var emitted = reader.Read(parent, subRows, level);
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

        for (var r = columns.HeaderRows; r < grid.RowCount; r++)
        {
            var label = AwardText.Fold(grid.CoveringText(r, columns.Number));
            var name = AwardText.Fold(grid.CoveringText(r, columns.Name));
            if (IsRepeatedHeaderOrTotal(label, name)) continue;

            var headingLevel = ClauseCues.HeadingLevel(name);
            if (RomanLabel().IsMatch(label) || headingLevel is not null)
            {
                CloseLevel();
                level = headingLevel;
                var generic = new AwardMention(null, GenericKinds.KhenThuong, 0, name.Length);
                levelRecords.AddRange(reader.Read(new LedgerRow(r, generic, null, null), [], level));
                continue;
            }

            var mention = catalog.BestNamed(name);
            var grantor = grantors.FindAll(name, null).FirstOrDefault();
            if (NumberLabel().IsMatch(label))
            {
                CloseParent();
                parent = new LedgerRow(r, mention ?? Unknown(name), grantor, null);
                continue;
            }

            if (ClauseCues.BasisOfLabel(name) is { } basis)
            {
                if (parent is not null) subRows.Add(new LedgerRow(r, parent.Mention, parent.Grantor, basis));
            }
            else if (mention is not null)
            {
                var own = reader.Read(new LedgerRow(r, mention, grantor, null), [], level);
                underLevel += own.Count;
                records.AddRange(own);
            }
            else if (parent is not null && name.Length > 0)
            {
                subRows.Add(new LedgerRow(r, parent.Mention, parent.Grantor, null));
            }
        }

        CloseLevel();
        return records;
    }

    private static AwardMention Unknown(string name) => new(AwardCatalog.OtherCode, null, 0, name.Length);

    private static bool IsRepeatedHeaderOrTotal(string label, string name) =>
        name.Contains(AwardVocabulary.Header.NameAlt, StringComparison.Ordinal)
        || label.Contains(AwardVocabulary.Header.Total, StringComparison.Ordinal) || name.Contains(AwardVocabulary.Header.Total, StringComparison.Ordinal)
        || label.Contains(AwardVocabulary.Header.TotalAlt, StringComparison.Ordinal) || name.StartsWith(AwardVocabulary.Header.TotalAlt, StringComparison.Ordinal)
        || (label.Length == 0 && name.Length == 0);

    [GeneratedRegex(@"^[ivxl]+\.?$")]
    private static partial Regex RomanLabel();

    [GeneratedRegex(@"^\d+[.)]?$")]
    private static partial Regex NumberLabel();
}

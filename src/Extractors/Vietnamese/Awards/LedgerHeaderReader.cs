using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// Recognises the standard award table by its header, wherever it stands: a name column (<c>Danh hiệu thi đua và hình thức khen thưởng</c>),
/// count columns for at least two of <c>Tập thể</c>/<c>Cá nhân</c>/<c>Gia đình</c>, and optionally the direct-worker group
/// (<c>Trong đó đối tượng ở cơ sở, lao động trực tiếp</c>) with its SL and % columns. An empty header cell takes the text on its left
/// (a rendition that lost its column spans).
/// </summary>
public static partial class LedgerHeaderReader
{
    private const int MaxHeaderRows = 5;

    public static LedgerColumns? Read(Table table, TableGrid grid)
    {
        var headerRows = table.HeaderRows > 0 ? table.HeaderRows : DetectHeaderRows(grid);
        if (headerRows <= 0 || headerRows > grid.RowCount) return null;

        var paths = Enumerable.Range(0, grid.ColumnCount).Select(_ => new List<string>()).ToList();
        for (var r = 0; r < headerRows; r++)
        {
            var carried = "";
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var text = AwardText.Fold(grid.CoveringText(r, c));
                if (text.Length == 0 && r < headerRows - 1 && c > 1) text = carried;
                carried = text;
                if (text.Length > 0) paths[c].Add(text);
            }
        }

        var name = paths.FindIndex(p => p.Any(t => t.Contains(AwardVocabulary.Header.Name, StringComparison.Ordinal) || t.Contains(AwardVocabulary.Header.NameAlt, StringComparison.Ordinal)));
        if (name < 0) return null;

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var directCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var directPercents = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastDirectKind = null;
        for (var c = name + 1; c < grid.ColumnCount; c++)
        {
            var path = paths[c];
            var kind = AwardVocabulary.Header.Kinds.FirstOrDefault(k => path.Any(t => AwardText.ContainsWords(t, k.Word))).Recipient;
            var direct = path.Any(t => t.Contains(AwardVocabulary.Header.DirectGroup, StringComparison.Ordinal) || t.Contains(AwardVocabulary.Header.DirectGroupAlt, StringComparison.Ordinal));
            if (direct)
            {
                kind ??= lastDirectKind;
                if (kind is null) continue;
                lastDirectKind = kind;
                var percent = path.Any(t => t == AwardVocabulary.Header.Percent || t.Contains(AwardVocabulary.Header.PercentAlt, StringComparison.Ordinal));
                (percent ? directPercents : directCounts).TryAdd(kind, c);
            }
            else if (kind is not null)
            {
                counts.TryAdd(kind, c);
            }
        }

        return counts.Count >= 2 ? new LedgerColumns(0, name, counts, directCounts, directPercents, headerRows) : null;
    }

    private static int DetectHeaderRows(TableGrid grid)
    {
        for (var r = 1; r < Math.Min(grid.RowCount, MaxHeaderRows + 1); r++)
        {
            if (RowLabel().IsMatch(grid.CoveringText(r, 0).Trim())) return r;
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:[IVX]+|\d+)\.?$")]
    private static partial Regex RowLabel();
}

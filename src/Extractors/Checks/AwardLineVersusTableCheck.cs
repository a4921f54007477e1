using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Body lines that name an award and give its counts (<c>Bằng khen của Chủ tịch UBND tỉnh: 16 tập thể, 12 cá nhân.</c>)
/// against the appendix row of the same award (its own cell, or the sum of its sub-rows when it is empty).
/// Used only when the report has no award records (otherwise <see cref="TextVersusTableCheck"/> compares the records);
/// an award found in more than one table row (<c>Giấy khen</c> at several levels) is not compared.
/// </summary>
public sealed partial class AwardLineVersusTableCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Report.Awards.Count > 0) yield break;
        var rows = context.Tables.SelectMany(t => AwardRows(context.GridOf(t.Table))).ToList();
        foreach (var unit in context.Paragraphs)
        {
            var line = AwardLine().Match(unit.Text.Trim());
            if (!line.Success || AwardRecipientCatalog.Default.Find(line.Groups["name"].Value) is not { } award) continue;
            var matching = rows.Where(r => r.Code == award.Code).ToList();
            if (matching.Count != 1) continue;
            var row = matching[0];
            foreach (Match count in Count().Matches(line.Groups["counts"].Value))
            {
                var recipient = count.Groups["who"].Value.ToLowerInvariant().StartsWith("tập", StringComparison.Ordinal) ? "Tập thể" : "Cá nhân";
                if (!row.Counts.TryGetValue(recipient, out var tableCount)) continue;
                var stated = decimal.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture);
                var agrees = stated == tableCount;
                yield return Finding.Verdict(
                    agrees,
                    Vocabulary.FlagKinds.TextTableMismatch,
                    $"Báo cáo ghi {stated} {recipient.ToLowerInvariant()} được {line.Groups["name"].Value.Trim()} nhưng bảng phụ lục ghi {tableCount}",
                    StatedValue.Of(stated),
                    tableCount,
                    0m,
                    $"bảng: \"{row.Quote}\"",
                    unit.Text.Trim(),
                    unit.Location with { TableId = row.TableId, Row = row.Row });
            }
        }
    }

    private static IEnumerable<(string Code, Dictionary<string, decimal> Counts, string TableId, int Row, string Quote)> AwardRows(TableGrid tableGrid)
    {
        var columns = new TableColumns(tableGrid);
        if (!columns.IsUsable) yield break;
        var grid = columns.Grid;
        var recipientColumns = new[] { "Tập thể", "Cá nhân" }
            .Select(h => (Header: h, Col: columns.Counts.FirstOrDefault(c => grid.HeaderPath(c) is { Count: > 0 } p && string.Equals(p[^1], h, StringComparison.OrdinalIgnoreCase), -1)))
            .Where(x => x.Col >= 0)
            .ToList();
        for (var row = grid.HeaderRows; row < grid.RowCount; row++)
        {
            if (TableRowClassifier.Classify(columns.NumberingOf(row), columns.LabelOf(row)) != TableRowKind.Item) continue;
            if (AwardRecipientCatalog.Default.Find(columns.LabelOf(row)) is not { } award) continue;
            var counts = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (header, col) in recipientColumns)
            {
                var value = grid.ValueAt(row, col) ?? SubRowSum(grid, columns, row, col);
                if (value is { } v) counts[header] = v;
            }

            yield return (award.Code, counts, grid.Table.Id, row, grid.RowQuote(row));
        }
    }

    private static decimal? SubRowSum(TableGrid grid, TableColumns columns, int row, int col)
    {
        decimal? sum = null;
        for (var r = row + 1; r < grid.RowCount && TableRowClassifier.Classify(columns.NumberingOf(r), columns.LabelOf(r)) == TableRowKind.SubRow; r++)
        {
            if (grid.ValueAt(r, col) is { } v) sum = (sum ?? 0m) + v;
        }

        return sum;
    }

    [GeneratedRegex(@"^(?:[-+*•]\s*)?(?<name>[^:;.\d]{4,80}?)\s*(?:cho)?\s*:\s*(?<counts>\d+\s+(?:tập thể|cá nhân)(?:\s*[,;và]+\s*\d+\s+(?:tập thể|cá nhân))?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AwardLine();

    [GeneratedRegex(@"(?<n>\d+)\s+(?<who>tập thể|cá nhân)", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}

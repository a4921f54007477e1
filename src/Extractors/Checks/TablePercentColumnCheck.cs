using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A percentage column against its counts: the <c>%</c> column beside <c>SL</c> under <c>Tập thể</c> (or <c>Cá nhân</c>)
/// must be SL / Số lượng (the count column of the same recipient) × 100.
/// </summary>
public sealed class TablePercentColumnCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (table, sectionPath) in context.Tables)
        {
            var columns = new TableColumns(context.GridOf(table));
            if (!columns.IsUsable) continue;
            var grid = columns.Grid;
            foreach (var percentCol in columns.Percent)
            {
                var path = grid.HeaderPath(percentCol);
                if (path.Count < 2 || percentCol == 0) continue;
                var group = path[^2];
                var countCol = percentCol - 1;
                var baseCol = columns.Counts.FirstOrDefault(c => c < countCol && grid.HeaderPath(c) is { Count: > 0 } p && string.Equals(p[^1], group, StringComparison.OrdinalIgnoreCase), -1);
                if (baseCol < 0) continue;
                for (var row = grid.HeaderRows; row < grid.RowCount; row++)
                {
                    if (grid.ValueAt(row, percentCol) is not { } stated || grid.ValueAt(row, countCol) is not { } count || grid.ValueAt(row, baseCol) is not { } total || total == 0m) continue;
                    var decimals = grid.DecimalsAt(row, percentCol);
                    var tolerance = Agreement.ToleranceFor(decimals);
                    var computed = count / total * 100m;
                    var agrees = Agreement.Agrees(stated, computed, tolerance, true);
                    var expression = $"{VietnameseNumberFormatter.Format(count, 0)} / {VietnameseNumberFormatter.Format(total, 0)} × 100";
                    yield return Finding.Verdict(
                        agrees,
                        Vocabulary.FlagKinds.TablePercentMismatch,
                        $"Bảng, dòng \"{columns.LabelOf(row)}\", {group}: {expression} = {VietnameseNumberFormatter.FormatComputed(computed, decimals)}%, bảng ghi {VietnameseNumberFormatter.Format(stated, decimals)}%",
                        StatedValue.Of(stated),
                        Math.Round(computed, 4),
                        tolerance,
                        expression,
                        grid.RowQuote(row),
                        new FlagLocation(sectionPath, null, null, table.Id, row, percentCol, table.Page));
                }
            }
        }
    }
}

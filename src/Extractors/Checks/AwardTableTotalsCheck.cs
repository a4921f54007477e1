using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Awards;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The sums of every award ledger (<see cref="AwardLedgerReader"/>, read by content: the standard appendix table, official forms, glued tables):
/// total rows, section rows and award rows against what they sum, per count column (<see cref="LedgerSums"/>). A sum read with certainty is
/// consistent or a <c>table_sum_mismatch</c> error; an uncertain one is unverifiable. One cell may state several sums (a parent row against its
/// sub-rows and, in a total column, against its part columns); the checker keeps one finding per cell, so a cell's mismatch is given first.
/// </summary>
public sealed class AwardTableTotalsCheck : IConsistencyCheck
{
    private readonly AwardLedgerReader reader = new(KnowledgeCatalog.Awards, new GrantorParser());

    public IEnumerable<Finding> Run(CheckContext context) =>
        Read(context)
            .GroupBy(f => (f.Location.TableId, f.Location.Row, f.Location.Col))
            .Select(cell => cell.OrderBy(f => f.Status switch { CheckStatus.Mismatch => 0, CheckStatus.Consistent => 1, _ => 2 }).First());

    private IEnumerable<Finding> Read(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (table, sectionPath) in context.Tables)
        {
            var grid = context.GridOf(table);
            foreach (var ledger in reader.Read(grid))
            {
                foreach (var sum in LedgerSums.Read(ledger))
                {
                    var quote = grid.RowQuote(sum.Row);
                    var expression = string.Join(" + ", sum.Parts.Select(p => VietnameseNumberFormatter.Format(p.Value, 0)));
                    var location = new FlagLocation(sectionPath, null, null, table.Id, sum.Row, sum.Column.Col, table.Page);
                    if (sum.Uncertainty is { } why)
                    {
                        yield return Finding.Unverifiable(Vocabulary.FlagKinds.TableSumMismatch, why, StatedValue.Of(sum.Stated), sum.Sum, expression, quote, location);
                        continue;
                    }

                    var stated = VietnameseNumberFormatter.Format(sum.Stated, 0);
                    var computed = VietnameseNumberFormatter.Format(sum.Sum, 0);
                    yield return Finding.Verdict(
                        sum.Stated == sum.Sum,
                        Vocabulary.FlagKinds.TableSumMismatch,
                        $"Bảng khen thưởng, cột \"{sum.Column.Header}\": dòng \"{quote}\" ghi {stated} nhưng {Parts(sum.Of)} cộng lại {computed} / "
                            + $"Award table, column \"{sum.Column.Header}\": row \"{quote}\" states {stated} but its {PartsEnglish(sum.Of)} add up to {computed}",
                        StatedValue.Of(sum.Stated),
                        sum.Sum,
                        0m,
                        expression,
                        quote,
                        location);
                }
            }
        }
    }

    private static string Parts(string of) => of switch
    {
        LedgerSum.SubRows => "các dòng chi tiết",
        LedgerSum.Items => "các mục",
        LedgerSum.Columns => "các cột thành phần",
        _ => "các dòng được cộng",
    };

    private static string PartsEnglish(string of) => of switch
    {
        LedgerSum.SubRows => "sub-rows",
        LedgerSum.Items => "items",
        LedgerSum.Columns => "part columns",
        _ => "summed rows",
    };
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// A value in a column that cannot hold it: a count in the <c>Tập thể</c> column of an award only individuals receive
/// (<c>Chiến sỹ thi đua cơ sở | 19 |</c>), or in the <c>Cá nhân</c> column of an award only collectives receive.
/// Recipients come from spec/awards.tsv.
/// </summary>
public sealed class MisplacedValueCheck : IConsistencyCheck
{
    private static readonly (string Header, string Recipient, string Name)[] RecipientColumns =
    [
        ("Tập thể", Vocabulary.Recipients.TapThe, "tập thể"),
        ("Cá nhân", Vocabulary.Recipients.CaNhan, "cá nhân"),
        ("Gia đình", Vocabulary.Recipients.HoGiaDinh, "gia đình"),
    ];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (table, sectionPath) in context.Tables)
        {
            var columns = new TableColumns(context.GridOf(table));
            if (!columns.IsUsable) continue;
            var grid = columns.Grid;
            foreach (var (header, recipient, name) in RecipientColumns)
            {
                var col = columns.Counts.FirstOrDefault(c => grid.HeaderPath(c) is { Count: > 0 } p && string.Equals(p[^1], header, StringComparison.OrdinalIgnoreCase), -1);
                if (col < 0) continue;
                for (var row = grid.HeaderRows; row < grid.RowCount; row++)
                {
                    if (grid.ValueAt(row, col) is not { } value || value == 0m) continue;
                    var label = columns.LabelOf(row);
                    if (AwardRecipientCatalog.Default.Find(label) is not { } award || award.Recipients.Contains(recipient)) continue;
                    yield return new Finding(
                        Vocabulary.FlagKinds.MisplacedValue,
                        Vocabulary.Severities.Error,
                        $"Bảng, dòng \"{label}\": danh hiệu/hình thức này chỉ dành cho {string.Join(", ", award.Recipients.Select(Describe))} nhưng có {value:0.##} ở cột {name}",
                        StatedValue.Of(value),
                        null,
                        null,
                        null,
                        grid.RowQuote(row),
                        new FlagLocation(sectionPath, null, null, table.Id, row, col, table.Page));
                }
            }
        }
    }

    private static string Describe(string recipient) => recipient switch
    {
        Vocabulary.Recipients.TapThe => "tập thể",
        Vocabulary.Recipients.CaNhan => "cá nhân",
        Vocabulary.Recipients.HoGiaDinh => "hộ gia đình",
        _ => recipient,
    };
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>The appendix table of commendations (TT | Danh hiệu | Số lượng: Tập thể, Cá nhân, Gia đình | Trong đó ...: Tập thể SL %, Cá nhân SL %) with its three header rows.</summary>
public static class AwardTables
{
    public static IReadOnlyList<IReadOnlyList<Cell>> Header { get; } =
    [
        [new("TT", 3, 1, null), new("Danh hiệu thi đua và hình thức khen thưởng", 3, 1, null), new("Số lượng", 1, 3, null), new("Trong đó đối tượng ở cơ sở, lao động trực tiếp", 1, 4, null)],
        [new("Tập thể", 2, 1, null), new("Cá nhân", 2, 1, null), new("Gia đình", 2, 1, null), new("Tập thể", 1, 2, null), new("Cá nhân", 1, 2, null)],
        [new("SL", 1, 1, null), new("%", 1, 1, null), new("SL", 1, 1, null), new("%", 1, 1, null)],
    ];

    /// <summary>A data row of nine cells written as in the seed, tab separated.</summary>
    public static IReadOnlyList<Cell> Row(string tabbed)
    {
        var cells = tabbed.Split('\t').Select(t => t.Replace("<i>", string.Empty, StringComparison.Ordinal).Replace("</i>", string.Empty, StringComparison.Ordinal).Trim()).ToList();
        while (cells.Count < 9) cells.Add(string.Empty);
        return cells.Take(9).Select(t => new Cell(t, 1, 1, NumberReader.TryReadCellValue(t, out var v) ? v : null)).ToList();
    }

    public static Table Build(string id, IEnumerable<string> tabbedRows) =>
        new(id, "TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", "Phụ lục II", 3, [.. Header, .. tabbedRows.Select(Row)]);
}

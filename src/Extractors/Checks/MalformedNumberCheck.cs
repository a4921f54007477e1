using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// Every number of the text or of a table cell that a person would have to guess at (<c>112,%</c>, <c>1.34 việc</c>,
/// <c>2.239.990,863</c>, <c>3.923.7448g</c>): a warning, not a claim. Row numbers (<c>2.1.</c>), version names (<c>4.0</c>) and
/// dot-decimal percentages (<c>0.65%</c>) are read, not flagged.
/// </summary>
public sealed partial class MalformedNumberCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var sentence in context.AllSentences)
        {
            foreach (var malformed in sentence.Scan.Malformed)
            {
                yield return Draft(malformed.Text, malformed.Reason, sentence.Text, sentence.Unit.Location);
            }
        }

        foreach (var (table, sectionPath) in context.Tables)
        {
            var grid = context.GridOf(table);
            var numberingColumns = NumberingColumns(grid);
            foreach (var (row, col, cell) in grid.Origins())
            {
                if (!NumericLooking().IsMatch(cell.Text) || NumberReader.TryReadCellValue(cell.Text, out _)) continue;
                if (IsRowNumber(cell.Text, numberingColumns.Contains(col))) continue;
                var reason = VietnameseNumberParser.Parse(cell.Text.Trim().TrimEnd('%').Trim()).MalformedReason ?? "ba chữ số sau dấu phẩy: có thể là nhóm hàng nghìn viết nhầm";
                yield return Draft(cell.Text.Trim(), reason, grid.RowQuote(row), new FlagLocation(sectionPath, null, null, table.Id, row, col, table.Page));
            }
        }
    }

    /// <summary>
    /// A row number (<c>1.</c>, <c>2.1.</c>, <c>3.2.1</c>) is not a quantity: a trailing dot or several dots with short groups say so
    /// anywhere, and in the numbering column (<c>STT</c>, or the first column) so does one dot between short groups (<c>3.2</c>).
    /// </summary>
    private static bool IsRowNumber(string text, bool inNumberingColumn) =>
        OutlineNumber().IsMatch(text) || (inNumberingColumn && ShortDotted().IsMatch(text));

    private static HashSet<int> NumberingColumns(TableGrid grid)
    {
        var columns = new HashSet<int> { 0 };
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            if (grid.HeaderPath(c) is { Count: > 0 } path && CheckWords.RowNumberHeaders.Contains(path[^1].Trim())) columns.Add(c);
        }

        return columns;
    }

    private static Finding Draft(string text, string reason, string quote, FlagLocation location) => Finding.Warning(
        Vocabulary.FlagKinds.MalformedNumber,
        $"Số \"{text}\" không đọc được một cách chắc chắn: {reason}",
        StatedValue.OfText(text),
        quote,
        location);

    [GeneratedRegex(@"^\s*\d{1,3}(?:\.\d{1,3})*\.\s*$|^\s*\d{1,2}(?:\.\d{1,2}){2,}\s*$")]
    private static partial Regex OutlineNumber();

    [GeneratedRegex(@"^\s*\d{1,2}\.\d{1,2}\s*$")]
    private static partial Regex ShortDotted();

    [GeneratedRegex(@"^\s*\d[\d.,]*\s*%?\s*$")]
    private static partial Regex NumericLooking();
}

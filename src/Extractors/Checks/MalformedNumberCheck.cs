using System.Text.RegularExpressions;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;
using ThiDua.Extractors.Tables;

namespace ThiDua.Extractors.Checks;

/// <summary>Every number of the text or of a table cell that cannot be read unambiguously (<c>112,%</c>, <c>1.34 việc</c>, <c>2.239.990,863</c>).</summary>
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
            foreach (var (row, col, cell) in grid.Origins())
            {
                if (!NumericLooking().IsMatch(cell.Text) || NumberReader.TryReadCellValue(cell.Text, out _)) continue;
                var reason = VietnameseNumberParser.Parse(cell.Text.Trim().TrimEnd('%').Trim()).MalformedReason ?? "ba chữ số sau dấu phẩy: có thể là nhóm hàng nghìn viết nhầm";
                yield return Draft(cell.Text.Trim(), reason, grid.RowQuote(row), new FlagLocation(sectionPath, null, null, table.Id, row, col, table.Page));
            }
        }
    }

    private static Finding Draft(string text, string reason, string quote, FlagLocation location) => Finding.Warning(
        Vocabulary.FlagKinds.MalformedNumber,
        $"Số \"{text}\" không đọc được một cách chắc chắn: {reason}",
        StatedValue.OfText(text),
        quote,
        location);

    [GeneratedRegex(@"^\s*\d[\d.,]*\s*%?\s*$")]
    private static partial Regex NumericLooking();
}

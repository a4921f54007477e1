using System.Text.RegularExpressions;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Structure;

/// <summary>
/// Recognises borderless layout tables that only place the header block or the closing block in two columns,
/// and flattens them into their lines, column by column (left column first).
/// </summary>
public static partial class ArrangementTables
{
    private const int MaxRows = 4;
    private const int MaxColumns = 3;

    public static bool IsArrangement(LayoutTable table)
    {
        if (table.Rows.Count > MaxRows || table.Rows.Any(r => r.Sum(c => c.ColSpan) > MaxColumns)) return false;
        var text = string.Join("\n", table.Rows.SelectMany(r => r).Select(c => c.Text));
        return ClosingBlockParser.IsRecipientsHeader(FirstLineOfAnyCell(table)) || HeaderMarkers().IsMatch(text);
    }

    public static IEnumerable<LayoutParagraph> Flatten(LayoutTable table)
    {
        var columns = table.Rows.Max(r => r.Count);
        for (var column = 0; column < columns; column++)
        {
            foreach (var row in table.Rows)
            {
                if (column >= row.Count) continue;
                foreach (var paragraph in row[column].Content.OfType<LayoutParagraph>()) yield return paragraph;
            }
        }
    }

    private static string FirstLineOfAnyCell(LayoutTable table) =>
        table.Rows.SelectMany(r => r).Select(c => TextNormalizer.Clean(c.Text)).FirstOrDefault(ClosingBlockParser.IsRecipientsHeader) ?? string.Empty;

    [GeneratedRegex(@"(?m)^\s*Số\s*[:.]|CỘNG HÒA|CỘNG HOÀ|,\s*ngày\s[\d\s.…_]*tháng")]
    private static partial Regex HeaderMarkers();
}

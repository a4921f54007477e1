using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Removes running headers and footers (the same text, digits ignored, at the same height on at least half the pages)
/// and lone page numbers among the first or last lines of a page near its top or bottom edge.
/// </summary>
public static partial class PageFurnitureFilter
{
    private const int EdgeLines = 2;

    public static void Apply(IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < lines.Count; p++)
        {
            foreach (var key in EdgeLinesOf(lines[p]).Select(Key).Distinct()) counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var threshold = Math.Max(2, (lines.Count + 1) / 2);
        for (var p = 0; p < lines.Count; p++)
        {
            var height = pages[p].Height > 0 ? pages[p].Height : 842;
            var edge = EdgeLinesOf(lines[p]).ToHashSet();
            lines[p].RemoveAll(l => edge.Contains(l)
                && (l.Top < height * 0.12 || l.Bottom > height * 0.88)
                && ((lines.Count >= 2 && counts.GetValueOrDefault(Key(l)) >= threshold) || PageNumber().IsMatch(l.Text)));
        }
    }

    private static IEnumerable<PdfLine> EdgeLinesOf(List<PdfLine> page) =>
        page.Take(EdgeLines).Concat(page.Skip(Math.Max(EdgeLines, page.Count - EdgeLines)));

    private static string Key(PdfLine line) =>
        Math.Round(line.Top / 6).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + Digits().Replace(line.Text, "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[\s\-–—.|]*((trang|page)\s*)?(\d{1,4}|[ivxlc]{1,7})(\s*(/|trên|of)\s*\d{1,4})?[\s\-–—.|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}

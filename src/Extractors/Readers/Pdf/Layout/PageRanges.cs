using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Groups page numbers into ranges of nearby pages (gaps up to maxGap bridged) of one page size: a multi-page SVG takes the
/// first page's size and would clip a landscape page that follows portrait ones. Beyond maxRanges ranges, the first are kept.
/// </summary>
public static class PageRanges
{
    public static List<(int First, int Last)> Of(IReadOnlyList<PdfPageText> pages, IEnumerable<int> numbers, int maxGap, int maxRanges)
    {
        var size = pages.ToDictionary(p => p.Number, p => (Math.Round(p.Width), Math.Round(p.Height)));
        var ranges = new List<(int First, int Last)>();
        foreach (var n in numbers.Distinct().Order())
        {
            if (ranges.Count > 0 && n - ranges[^1].Last <= maxGap + 1
                && Enumerable.Range(ranges[^1].First, n - ranges[^1].First + 1).All(k => size.GetValueOrDefault(k) == size.GetValueOrDefault(n)))
            {
                ranges[^1] = (ranges[^1].First, n);
            }
            else
            {
                ranges.Add((n, n));
            }
        }

        return ranges.Take(maxRanges).ToList();
    }
}

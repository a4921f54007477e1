using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// The rule word processors draw between the body and the footnotes: a short horizontal line starting at the body's left
/// edge (Word draws 144 points, LibreOffice a quarter of the text width), under some body text (high on the page when a
/// long note fills it), with no table rows below it, and a line's gap clear above and below it (an underline hugs its
/// text).
/// </summary>
public static class FootnoteSeparator
{
    /// <summary>The index of the first line under the page's separator, or null when the page has none.</summary>
    public static int? LinesBelow(IReadOnlyList<PdfLine> page, IReadOnlyList<PdfRule> rules, IReadOnlyList<RuledTable> tables, DocumentMetrics metrics, double pageHeight)
    {
        if (page.Count == 0) return null;
        var width = metrics.BodyRight - metrics.BodyLeft;
        var clear = metrics.BodySize * 0.3;
        foreach (var rule in rules.Select(r => r.Normalized()).Where(r => r.IsHorizontal).OrderByDescending(r => r.Y0))
        {
            if (rule.Y0 < pageHeight * 0.1) break;
            if (rule.Length < width * 0.08 || rule.Length > width * 0.6) continue;
            if (Math.Abs(rule.X0 - metrics.BodyLeft) > metrics.BodySize * 1.5) continue;
            if (tables.Any(t => rule.Y0 >= t.Top - 2 && rule.Y0 <= t.Bottom + 2)) continue;
            var first = page.FindIndex(l => l.Top > rule.Y0);
            if (first <= 0) continue;
            if (page[first].Top - rule.Y0 < clear * 0.5 || rule.Y0 - page[first - 1].Bottom < clear) continue;
            if (page.Skip(first).Any(l => l.Segments.Count > 2)) continue;
            return first;
        }

        return null;
    }

    private static int FindIndex(this IReadOnlyList<PdfLine> lines, Func<PdfLine, bool> match)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (match(lines[i])) return i;
        }

        return -1;
    }
}

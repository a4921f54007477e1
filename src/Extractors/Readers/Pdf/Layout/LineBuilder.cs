using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>Groups a page's chunks into lines by vertical overlap with the line's main band, top to bottom.</summary>
public static class LineBuilder
{
    /// <summary>Text wholly outside the page box (clipped, hidden off-page) is not part of the document.</summary>
    public static bool OnPage(PdfTextChunk c, PdfPageText page) =>
        page.Width <= 0 || page.Height <= 0 || (c.Bottom > 0 && c.Right > 0 && c.Top < page.Height && c.Left < page.Width);

    public static List<PdfLine> Build(PdfPageText page)
    {
        var groups = new List<(double Top, double Bottom, List<PdfTextChunk> Chunks)>();
        foreach (var c in page.Chunks.Where(c => c.Text.Length > 0 && c.Height > 0 && OnPage(c, page)).OrderBy(c => c.Top).ThenBy(c => c.Left))
        {
            var placed = false;
            for (var i = groups.Count - 1; i >= 0 && i >= groups.Count - 4; i--)
            {
                var g = groups[i];
                var overlap = Math.Min(g.Bottom, c.Bottom) - Math.Max(g.Top, c.Top);
                if (overlap >= Math.Min(c.Height, g.Bottom - g.Top) * 0.5)
                {
                    // Text drawn twice at almost the same place (fake bold, shadow) is kept once.
                    if (g.Chunks.Any(o => o.Text == c.Text && Math.Abs(o.Left - c.Left) < 1.5 && Math.Abs(o.Top - c.Top) < 1.5))
                    {
                        placed = true;
                        break;
                    }

                    // Chunks of one line never stand over each other: this one belongs to another line (stacked lines
                    // beside a taller cell of the same table row).
                    if (g.Chunks.Any(o => Math.Min(o.Right, c.Right) - Math.Max(o.Left, c.Left) > 1)) continue;

                    g.Chunks.Add(c);
                    if (c.FontSize > g.Chunks[0].FontSize + 0.5) groups[i] = (c.Top, c.Bottom, g.Chunks);
                    placed = true;
                    break;
                }
            }

            if (!placed) groups.Add((c.Top, c.Bottom, [c]));
        }

        return groups
            .Where(g => g.Chunks.Any(c => c.Text.Trim().Length > 0))
            .Select(g => new PdfLine(page.Number, g.Chunks))
            .OrderBy(l => l.Top)
            .ToList();
    }
}

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Finds superscript footnote markers in a recognized page by looking at the ink itself: Tesseract reads a small raised
/// digit as a quote or an exclamation mark, or glues it to the word. A candidate is a run of glyphs whose ink ends well
/// above the line's baseline, tall enough to be a digit rather than a quote mark, at the end of a word or at the start
/// of a line (a footnote body's marker). The candidates are then read again as digits (<see cref="MarkerReader"/>).
/// </summary>
internal static class RaisedGlyphFinder
{
    /// <summary>Ink must end this far above the baseline, in text heights (x_size).</summary>
    private const double MinRaise = 0.2;

    /// <summary>A digit of a superscript is at least this tall, in text heights; a quote mark is about 0.2.</summary>
    private const double MinDigitHeight = 0.28;

    /// <summary>How far above the baseline a column is looked at, in text heights: a superscript's top stands about 0.8 up.</summary>
    private const double BandAbove = 0.95;

    /// <summary>Fewer ink pixels than this are noise.</summary>
    private const int MinSpeck = 4;

    /// <summary>Up to three digits.</summary>
    private const double MaxMarkerWidth = 1.6;

    public static List<MarkerCandidate> Find(GrayImage image, IReadOnlyList<HocrLine> lines)
    {
        var found = new List<MarkerCandidate>();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            for (var w = 0; w < line.Words.Count; w++)
            {
                var groups = Groups(image, line, line.Words[w].Box);
                if (groups.Count == 0) continue;
                if (AtEnd(line, groups) is { } end) found.Add(end with { LineIndex = l, WordIndex = w });
                else if (w == 0 && AtStart(line, groups) is { } start) found.Add(start with { LineIndex = l, WordIndex = w });
            }
        }

        return found;
    }

    private static MarkerCandidate? AtEnd(HocrLine line, List<InkGroup> groups)
    {
        var i = groups.Count - 1;
        var punctuation = 0;
        while (i >= 0 && IsBaselinePunctuation(line, groups[i]))
        {
            punctuation++;
            i--;
        }

        var last = i;
        while (i >= 0 && IsRaised(line, groups[i])) i--;
        if (last == i) return null;
        var run = groups.GetRange(i + 1, last - i);
        return Accept(line, run) ? new MarkerCandidate(0, 0, Union(run), false, punctuation) : null;
    }

    private static MarkerCandidate? AtStart(HocrLine line, List<InkGroup> groups)
    {
        var i = 0;
        while (i < groups.Count && IsRaised(line, groups[i])) i++;
        if (i == 0) return null;
        var run = groups.GetRange(0, i);
        return Accept(line, run) ? new MarkerCandidate(0, 0, Union(run), true, 0) : null;
    }

    private static bool Accept(HocrLine line, List<InkGroup> run)
    {
        var box = Union(run);
        return box.Height >= MinDigitHeight * line.TextHeight && box.Width <= MaxMarkerWidth * line.TextHeight;
    }

    private static bool IsRaised(HocrLine line, InkGroup group) =>
        group.Bottom < line.BaselineAt((group.Left + group.Right) / 2.0) - MinRaise * line.TextHeight;

    private static bool IsBaselinePunctuation(HocrLine line, InkGroup group) =>
        group.Height < 0.3 * line.TextHeight && group.Right - group.Left < 0.3 * line.TextHeight
        && group.Bottom >= line.BaselineAt((group.Left + group.Right) / 2.0) - 0.15 * line.TextHeight;

    private static PixelBox Union(List<InkGroup> run) =>
        new(run.Min(g => g.Left), run.Min(g => g.Top), run.Max(g => g.Right), run.Max(g => g.Bottom));

    /// <summary>
    /// The glyphs of a word box: connected ink components inside the line's text band (from above the ascenders down to
    /// the descenders, at the word's centre, so that a skewed line does not take in its neighbours' ink), components that
    /// stand over one another (a Vietnamese letter and its diacritics) merged, specks of noise dropped. Left to right.
    /// </summary>
    internal static List<InkGroup> Groups(GrayImage image, HocrLine line, PixelBox word)
    {
        var center = word.CenterX;
        var left = Math.Max(0, word.Left);
        var right = Math.Min(image.Width - 1, word.Right);
        var top = Math.Max(0, (int)(line.BaselineAt(center) - BandAbove * line.TextHeight));
        var bottom = Math.Min(image.Height - 1, (int)Math.Ceiling(line.BaselineAt(center) + line.Descenders));
        if (right < left || bottom < top) return [];
        var width = right - left + 1;
        var height = bottom - top + 1;
        var seen = new bool[width * height];
        var components = new List<InkGroup>();
        var stack = new Stack<(int X, int Y)>();
        for (var y0 = 0; y0 < height; y0++)
        {
            for (var x0 = 0; x0 < width; x0++)
            {
                if (seen[y0 * width + x0] || !image.IsInk(left + x0, top + y0)) continue;
                int minX = x0, maxX = x0, minY = y0, maxY = y0, count = 0;
                seen[y0 * width + x0] = true;
                stack.Push((x0, y0));
                while (stack.Count > 0)
                {
                    var (x, y) = stack.Pop();
                    count++;
                    (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
                    for (var dy = -1; dy <= 1; dy++)
                    {
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            int nx = x + dx, ny = y + dy;
                            if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[ny * width + nx] || !image.IsInk(left + nx, top + ny)) continue;
                            seen[ny * width + nx] = true;
                            stack.Push((nx, ny));
                        }
                    }
                }

                if (count >= MinSpeck) components.Add(new InkGroup(left + minX, left + maxX, top + minY, top + maxY));
            }
        }

        return MergeStacked(components);
    }

    /// <summary>Components whose columns mostly overlap are one glyph (a letter and its marks).</summary>
    private static List<InkGroup> MergeStacked(List<InkGroup> components)
    {
        var glyphs = new List<InkGroup>();
        foreach (var c in components.OrderBy(c => c.Left))
        {
            var merged = false;
            for (var i = glyphs.Count - 1; i >= 0 && !merged; i--)
            {
                var g = glyphs[i];
                var overlap = Math.Min(g.Right, c.Right) - Math.Max(g.Left, c.Left) + 1;
                if (overlap < 0.5 * Math.Min(g.Right - g.Left + 1, c.Right - c.Left + 1)) continue;
                glyphs[i] = new InkGroup(Math.Min(g.Left, c.Left), Math.Max(g.Right, c.Right), Math.Min(g.Top, c.Top), Math.Max(g.Bottom, c.Bottom));
                merged = true;
            }

            if (!merged) glyphs.Add(c);
        }

        return glyphs.OrderBy(g => g.Left).ToList();
    }
}

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Finds superscript footnote markers in a recognized page by looking at the ink itself: Tesseract reads a small raised
/// digit as a quote or an exclamation mark, or glues it to the word. A candidate is a run of glyphs whose ink ends well
/// above the line's baseline, tall enough to be a digit rather than a quote mark, at the end of a word or at the start
/// of a line (a footnote body's marker). The candidates are then read again as digits (<see cref="MarkerReader"/>).
/// </summary>
internal static class RaisedGlyphFinder
{
    private const byte Ink = 128;

    /// <summary>Ink must end this far above the baseline, in text heights (x_size).</summary>
    private const double MinRaise = 0.2;

    /// <summary>A digit of a superscript is at least this tall, in text heights; a quote mark is about 0.2.</summary>
    private const double MinDigitHeight = 0.28;

    /// <summary>How far above the baseline a column is looked at, in text heights: a superscript's top stands about 0.8 up.</summary>
    private const double BandAbove = 0.95;

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
    /// The ink column groups of a word box, each column looked at over its line's text band at that column (from above
    /// the ascenders to the descenders), so that a skewed line does not take in its neighbours' ink.
    /// </summary>
    internal static List<InkGroup> Groups(GrayImage image, HocrLine line, PixelBox word)
    {
        var groups = new List<InkGroup>();
        int? start = null;
        int groupTop = int.MaxValue, groupBottom = -1;
        var last = Math.Min(image.Width - 1, word.Right);
        for (var x = Math.Max(0, word.Left); x <= last + 1; x++)
        {
            int inkTop = int.MaxValue, inkBottom = -1;
            if (x <= last)
            {
                var top = Math.Max(0, (int)(line.BaselineAt(x) - BandAbove * line.TextHeight));
                var bottom = Math.Min(image.Height - 1, (int)Math.Ceiling(line.BaselineAt(x) + line.Descenders));
                for (var y = top; y <= bottom; y++)
                {
                    if (image[x, y] >= Ink) continue;
                    inkTop = Math.Min(inkTop, y);
                    inkBottom = y;
                }
            }

            if (inkBottom >= 0)
            {
                start ??= x;
                groupTop = Math.Min(groupTop, inkTop);
                groupBottom = Math.Max(groupBottom, inkBottom);
            }
            else if (start is { } s)
            {
                // a speck of noise is no glyph
                if (x - s >= 2 || groupBottom - groupTop >= 2) groups.Add(new InkGroup(s, x - 1, groupTop, groupBottom));
                start = null;
                groupTop = int.MaxValue;
                groupBottom = -1;
            }
        }

        return groups;
    }
}

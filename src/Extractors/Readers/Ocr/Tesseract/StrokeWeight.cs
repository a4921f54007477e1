namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Bold type on a scan, where no font says so: a bold face draws its stems about one and a half times as thick as the
/// regular face of the same size. A word's stem width is the median length of the horizontal runs of ink across the
/// middle of its letters; a word is bold when its stems are clearly thicker than the page's usual (most letters') stems.
/// Words with too little ink to measure take their line's majority, a line mostly bold is bold throughout, and a word between two bold words is bold.
/// </summary>
internal static class StrokeWeight
{
    /// <summary>Bold stems are about 1.5-1.8 times regular ones; half way between is the cut.</summary>
    private const double BoldRatio = 1.3;

    /// <summary>At least this share of a line's measured words bold makes the whole line bold.</summary>
    private const double WholeLineShare = 0.6;

    /// <summary>Fewer ink runs than this tell nothing about a word's weight.</summary>
    private const int MinRuns = 6;

    /// <summary>For each line, for each word, whether it is drawn bold.</summary>
    public static bool[][] BoldWords(GrayImage image, IReadOnlyList<HocrLine> lines)
    {
        var stems = lines.Select(line => line.Words.Select(word => StemWidth(image, line, word)).ToArray()).ToArray();
        var measured = stems.SelectMany(l => l).Where(s => s.Runs >= MinRuns).ToList();
        var result = lines.Select(l => new bool[l.Words.Count]).ToArray();
        if (measured.Count == 0) return result;

        var usual = WeightedMedian(measured);
        for (var l = 0; l < lines.Count; l++)
        {
            var known = new List<bool>();
            for (var w = 0; w < stems[l].Length; w++)
            {
                if (stems[l][w].Runs < MinRuns) continue;
                result[l][w] = stems[l][w].Width >= usual * BoldRatio;
                known.Add(result[l][w]);
            }

            var bold = known.Count(b => b);
            var majority = bold * 2 > known.Count;
            // a line set almost all in bold is a bold line: its odd thin word is a misreading (short, light letters)
            var wholeLine = known.Count >= 3 && bold >= known.Count * WholeLineShare;
            for (var w = 0; w < stems[l].Length; w++) if (stems[l][w].Runs < MinRuns || wholeLine) result[l][w] = wholeLine || majority;

            // bold runs are contiguous (a heading, a run-in lead): a thin word between two bold ones is bold too (N and M
            // draw thin stems even in bold)
            for (var w = 1; w < stems[l].Length - 1; w++) if (result[l][w - 1] && result[l][w + 1]) result[l][w] = true;
        }

        return result;
    }

    /// <summary>The median width of the ink runs crossed by rows in the middle half of the word's x-height band, and
    /// how many runs were measured.</summary>
    internal static (double Width, int Runs) StemWidth(GrayImage image, HocrLine line, HocrWord word)
    {
        var baseline = (int)Math.Round(line.BaselineAt(word.Box.CenterX));
        var top = Math.Max(word.Box.Top, (int)Math.Round(line.TopAt(word.Box.CenterX)));
        var band = baseline - top;
        if (band < 4) return (0, 0);
        var runs = new List<int>();
        var left = Math.Max(0, word.Box.Left);
        var right = Math.Min(image.Width - 1, word.Box.Right);
        // rows between a third and two thirds of the way down from the top of the letters: crossing stems, not serifs
        for (var y = top + band / 3; y <= baseline - band / 3; y++)
        {
            if (y < 0 || y >= image.Height) continue;
            var run = 0;
            for (var x = left; x <= right + 1; x++)
            {
                if (x <= right && image.IsInk(x, y))
                {
                    run++;
                    continue;
                }

                if (run > 0) runs.Add(run);
                run = 0;
            }
        }

        if (runs.Count == 0) return (0, 0);
        runs.Sort();
        return (runs[runs.Count / 2], runs.Count);
    }

    /// <summary>The median stem width, each word counting by its number of runs (its amount of text).</summary>
    private static double WeightedMedian(List<(double Width, int Runs)> stems)
    {
        var sorted = stems.OrderBy(s => s.Width).ToList();
        var half = sorted.Sum(s => s.Runs) / 2.0;
        var seen = 0.0;
        foreach (var (width, runs) in sorted)
        {
            seen += runs;
            if (seen >= half) return width;
        }

        return sorted[^1].Width;
    }
}

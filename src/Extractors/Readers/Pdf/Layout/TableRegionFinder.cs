namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Splits a page's body lines into table regions (runs of lines cut into several aligned segments, with the wrapped
/// single-segment lines between and after them) and the paragraph lines around them.
/// </summary>
public static class TableRegionFinder
{
    /// <summary>Blocks of a page in reading order: the ruled tables where they stand, the other lines split by alignment.</summary>
    public static List<BlockDraft> Split(IReadOnlyList<PdfLine> lines, IReadOnlyList<RuledTable> ruled, DocumentMetrics metrics)
    {
        if (ruled.Count == 0) return Split(lines, metrics);
        var blocks = new List<BlockDraft>();
        var free = new List<PdfLine>();
        var emitted = new HashSet<RuledTable>();
        foreach (var line in lines)
        {
            var table = ruled.FirstOrDefault(t => t.Contains(line));
            if (table is null)
            {
                free.Add(line);
                continue;
            }

            if (emitted.Add(table))
            {
                blocks.AddRange(Split(free, metrics));
                free.Clear();
                blocks.Add(table.Table);
            }
        }

        blocks.AddRange(Split(free, metrics));
        return blocks;
    }

    public static List<BlockDraft> Split(IReadOnlyList<PdfLine> lines, DocumentMetrics metrics)
    {
        var blocks = new List<BlockDraft>();
        var text = new List<PdfLine>();
        var i = 0;
        while (i < lines.Count)
        {
            var end = lines[i].Segments.Count >= 2 ? RegionEnd(lines, i, metrics) : i;
            var region = lines.Skip(i).Take(end - i + 1).ToList();
            var lone = region.Count(l => l.Segments.Count >= 2) < 2;
            if (lone && WideApart(lines[i]))
            {
                end = i;
                region = [lines[i]];
            }

            if ((end > i && !lone) || region is [var single] && WideApart(single))
            {
                blocks.AddRange(ParagraphSplitter.Split(text, metrics));
                text.Clear();
                blocks.Add(TableBuilder.Build(region, metrics));
                i = end + 1;
            }
            else
            {
                text.Add(lines[i]);
                i++;
            }
        }

        blocks.AddRange(ParagraphSplitter.Split(text, metrics));
        return blocks;
    }

    /// <summary>A lone line whose parts stand far apart (a header block's number and date): a one-row borderless table.</summary>
    private static bool WideApart(PdfLine line)
    {
        var parts = line.Segments;
        return parts.Count >= 2 && Enumerable.Range(1, parts.Count - 1).All(k => parts[k].Left - parts[k - 1].Right >= 3 * line.Size);
    }

    private static int RegionEnd(IReadOnlyList<PdfLine> lines, int start, DocumentMetrics metrics)
    {
        var lefts = new List<double>(lines[start].Segments.Select(s => s.Left));
        var centres = new List<double>(lines[start].Segments.Select(Centre));
        var bodyCentre = (metrics.BodyLeft + metrics.BodyRight) / 2;
        var end = start;
        var width = metrics.BodyRight - metrics.BodyLeft;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var next = lines[j];
            if (next.Top - lines[end].Bottom > 2.5 * metrics.PitchFor(next.Size)) break;
            if (next.Segments.Count >= 2)
            {
                end = j;
                lefts.AddRange(next.Segments.Select(s => s.Left));
                centres.AddRange(next.Segments.Select(Centre));
                continue;
            }

            // A line centred on the page, neither aligned with nor centred in a column, ends the columns (the type line and
            // title under a two-column header block).
            if (Math.Abs(Centre(next) - bodyCentre) < next.Size && !centres.Any(c => Math.Abs(c - Centre(next)) < next.Size)
                && !lefts.Any(l => Math.Abs(l - next.Left) < 4)) break;

            var narrow = next.Right - next.Left < width * 0.6;
            var aligned = lefts.Any(l => Math.Abs(l - next.Left) < 4) || next.Left > lefts.Min() + 4 * next.Size;
            var multiFollows = Enumerable.Range(j + 1, 3).Any(k => k < lines.Count && lines[k].Segments.Count >= 2);
            if (narrow && (multiFollows || aligned)) end = j;
            else break;
        }

        return end;
    }

    private static double Centre(PdfLine line) => (line.Left + line.Right) / 2;
}

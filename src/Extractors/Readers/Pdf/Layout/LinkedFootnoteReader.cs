using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Footnotes whose markers are internal links (Word's and Chromium's PDFs): a link over a marker (digits or asterisks)
/// whose destination is a line opening with the same marker cites that line's footnote. A footnote runs from its line
/// to the next footnote's line or the end of its page; it goes on at the top of the next page while the lines keep its
/// size. Its lines leave the body, and the linked marker chunks are returned with the footnote they cite.
/// </summary>
public static class LinkedFootnoteReader
{
    public sealed record Result(List<FootnoteDraft> Notes, Dictionary<PdfTextChunk, FootnoteDraft> Citations);

    public static Result Extract(IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines)
    {
        var citations = new Dictionary<PdfTextChunk, FootnoteDraft>(ReferenceEqualityComparer.Instance);
        var starts = new Dictionary<PdfLine, FootnoteDraft>(ReferenceEqualityComparer.Instance);
        var indexOfPage = pages.Select((page, i) => (page.Number, i)).ToDictionary(x => x.Number, x => x.i);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var link in pages[p].Links)
            {
                if (!indexOfPage.TryGetValue(link.TargetPage, out var t)) continue;
                // A marker opening its line is a footnote's own marker (linking back to its citation), not a citation.
                foreach (var chunk in lines[p].SelectMany(l => l.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).Skip(1))
                             .Where(c => link.Covers(c) && FootnoteMarker.IsMarkerText(c.Text)))
                {
                    var marker = chunk.Text.Trim();
                    if (Target(lines, pages, t, link.TargetTop, marker) is not { } line) continue;
                    if (!starts.TryGetValue(line, out var note))
                    {
                        FootnoteMarker.TryStrip(line, out _, out var rest);
                        note = new FootnoteDraft(marker, line.Page);
                        note.Lines.Add(rest);
                        starts[line] = note;
                    }

                    citations[chunk] = note;
                }
            }
        }

        if (starts.Count == 0) return new Result([], citations);
        var notes = Gather(pages, lines, starts);
        var duplicates = notes.GroupBy(n => n.Marker).Where(g => g.Count() > 1).SelectMany(g => g);
        foreach (var n in duplicates) n.Id = n.Marker + "-p" + n.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Result(notes, citations);
    }

    /// <summary>
    /// The destination line: a line of the target page (or the next, where a producer counts pages differently) that opens
    /// with the marker; one whose marker is itself a link (back to the citation) first, then one whose marker is raised
    /// (as word processors set a note's own marker; a numbered heading opens with a plain number), then the nearest to
    /// the destination's top (producers that scale the page, such as Chromium, write that top unscaled; Poppler gives
    /// none: the first such line of the page).
    /// </summary>
    private static PdfLine? Target(List<List<PdfLine>> lines, IReadOnlyList<PdfPageText> pages, int t, double? top, string marker)
    {
        PdfLine? best = null;
        var bestScore = double.MaxValue;
        for (var p = t; p < Math.Min(t + 2, lines.Count); p++)
        {
            foreach (var line in lines[p])
            {
                if (!FootnoteMarker.TryStrip(line, out var m, out var rest) || m != marker || rest.Text.Length == 0) continue;
                var first = line.Chunks.First(c => c.Text.Trim().Length > 0);
                var backLinked = pages[p].Links.Any(l => l.Covers(first));
                var raised = FootnoteMarker.TryStripRaised(line, out _, out _);
                var score = (p - t) * 10_000 + (backLinked ? 0 : 5_000) + (raised ? 0 : 2_500) + (top is { } y ? Math.Abs(line.Top - y) : line.Top);
                if (score < bestScore)
                {
                    best = line;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    private static List<FootnoteDraft> Gather(IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines, Dictionary<PdfLine, FootnoteDraft> starts)
    {
        var notes = new List<FootnoteDraft>();
        FootnoteDraft? runningOn = null;
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var continuation = runningOn is null ? new HashSet<PdfLine>() : Continuation(page, runningOn, starts, pages[p].Height > 0 ? pages[p].Height : 842);
            var keep = new List<PdfLine>();
            FootnoteDraft? current = null;
            foreach (var line in page)
            {
                if (starts.TryGetValue(line, out var note))
                {
                    notes.Add(note);
                    current = note;
                    continue;
                }

                if (current is not null) current.Lines.Add(line);
                else if (continuation.Contains(line)) runningOn!.Lines.Add(line);
                else keep.Add(line);
            }

            // A footnote that reached its page's end may go on over the page; one whose page ended in body text does not.
            runningOn = current ?? (continuation.Count > 0 && page.Count > 0 && continuation.Contains(page[^1]) ? runningOn : null);
            if (keep.Count != page.Count) lines[p] = keep;
        }

        return notes;
    }

    /// <summary>
    /// The lines of the next page that go on with a footnote cut by the page break, in the footnote's size: those at the
    /// top when nothing else stands before the page's first footnote (notes gathered at the end of the document), else
    /// the run just above the page's first footnote, or the page's end, below body text (notes at the foot of each page).
    /// </summary>
    private static HashSet<PdfLine> Continuation(List<PdfLine> page, FootnoteDraft note, Dictionary<PdfLine, FootnoteDraft> starts, double height)
    {
        var size = note.Lines[0].Size;
        bool Same(PdfLine l) => Math.Abs(l.Size - size) <= 0.5;
        var firstStart = page.FindIndex(starts.ContainsKey);
        if (firstStart < 0) firstStart = page.Count;
        var top = 0;
        while (top < firstStart && Same(page[top])) top++;
        if (top == firstStart) return page.Take(top).ToHashSet();
        var from = firstStart;
        while (from > 0 && Same(page[from - 1])) from--;
        return from > 0 && from < firstStart && page[from].Top > height * 0.15 ? page.Skip(from).Take(firstStart - from).ToHashSet() : [];
    }
}

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
                        TryStrip(line, out _, out var rest);
                        note = new FootnoteDraft(marker, line.Page);
                        note.Lines.Add(rest);
                        starts[line] = note;
                    }

                    citations[chunk] = note;
                }
            }
        }

        if (starts.Count == 0) return new Result([], citations);
        var notes = Gather(lines, starts);
        var duplicates = notes.GroupBy(n => n.Marker).Where(g => g.Count() > 1).SelectMany(g => g);
        foreach (var n in duplicates) n.Id = n.Marker + "-p" + n.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Result(notes, citations);
    }

    /// <summary>
    /// The destination line: a line of the target page (or the next, where a producer counts pages differently) that opens
    /// with the marker; one whose marker is itself a link (back to the citation) first, then the nearest to the
    /// destination's top (producers that scale the page, such as Chromium, write that top unscaled).
    /// </summary>
    private static PdfLine? Target(List<List<PdfLine>> lines, IReadOnlyList<PdfPageText> pages, int t, double? top, string marker)
    {
        PdfLine? best = null;
        var bestScore = double.MaxValue;
        for (var p = t; p < Math.Min(t + 2, lines.Count); p++)
        {
            foreach (var line in lines[p])
            {
                if (!TryStrip(line, out var m, out var rest) || m != marker || rest.Text.Length == 0) continue;
                var first = line.Chunks.First(c => c.Text.Trim().Length > 0);
                var backLinked = pages[p].Links.Any(l => l.Covers(first));
                var score = (p - t) * 10_000 + (backLinked ? 0 : 5_000) + (top is { } y ? Math.Abs(line.Top - y) : line.Top);
                if (score < bestScore)
                {
                    best = line;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    /// <summary>The marker opening a footnote line: as <see cref="FootnoteMarker.TryStrip"/> reads it, or a chunk of its own.</summary>
    private static bool TryStrip(PdfLine line, out string marker, out PdfLine rest)
    {
        if (FootnoteMarker.TryStrip(line, out marker, out rest)) return true;
        var chunks = line.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).ToList();
        if (chunks.Count < 2 || !FootnoteMarker.IsMarkerText(chunks[0].Text)) return false;
        marker = chunks[0].Text.Trim();
        rest = new PdfLine(line.Page, chunks.Skip(1).ToList());
        return true;
    }

    private static List<FootnoteDraft> Gather(List<List<PdfLine>> lines, Dictionary<PdfLine, FootnoteDraft> starts)
    {
        var notes = new List<FootnoteDraft>();
        FootnoteDraft? runningOn = null;
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var keep = new List<PdfLine>();
            FootnoteDraft? current = null;
            foreach (var line in page)
            {
                if (starts.TryGetValue(line, out var note))
                {
                    notes.Add(note);
                    current = note;
                    runningOn = null;
                    continue;
                }

                if (current is null && runningOn is not null && Math.Abs(line.Size - runningOn.Lines[0].Size) <= 0.5)
                {
                    runningOn.Lines.Add(line);
                    continue;
                }

                runningOn = null;
                if (current is not null) current.Lines.Add(line);
                else keep.Add(line);
            }

            runningOn = current ?? runningOn;
            if (keep.Count != page.Count) lines[p] = keep;
        }

        return notes;
    }
}

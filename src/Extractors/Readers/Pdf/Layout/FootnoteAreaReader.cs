using System.Globalization;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Finds each page's footnote area, removes it from the body and parses it into footnotes keyed by marker. The area is
/// the bottom lines set smaller than the body; with notes at body size, what stands under the footnote separator rule,
/// or without one the page's end from the first line that opens with a raised marker the text above cites. The pages'
/// rules are asked for (<paramref name="rulesOf"/>, by page index) only for the pages that need them.
/// A line starts a footnote when it opens with a marker cited before it in reading order (notes are numbered in order
/// of first citation, so a number cited only later is a figure that wrapped to the start of a note line); a bare number
/// must also follow the previous note's. An area that opens without a marker continues the previous page's last note.
/// </summary>
public static class FootnoteAreaReader
{
    public static List<FootnoteDraft> Extract(
        IReadOnlyList<PdfPageText> pages,
        List<List<PdfLine>> lines,
        IReadOnlyList<IReadOnlyList<RuledTable>> tables,
        Func<IReadOnlyList<int>, IReadOnlyDictionary<int, IReadOnlyList<PdfRule>>> rulesOf,
        DocumentMetrics metrics,
        FootnoteCitations cited)
    {
        var small = lines.Select((page, p) => SmallLinesStart(page, tables[p], metrics)).ToList();
        var raised = lines.Select((page, p) => RaisedMarkerStart(page, cited, tables[p])).ToList();
        var rules = SeparatorRules(lines, small, raised, cited, rulesOf);
        var notes = new List<FootnoteDraft>();
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var height = pages[p].Height > 0 ? pages[p].Height : 842;
            var runsOn = notes.Count > 0 && notes[^1].Lines.Count > 0 && notes[^1].Lines[^1].Page == pages[p].Number - 1;
            var start = small[p];
            if (start == page.Count)
            {
                // Notes at body size: under the separator when the page may hold notes (a line opening with a cited
                // marker, or a note running on), else from the first line opening with a raised cited marker.
                var mayHoldNotes = raised[p] < page.Count || runsOn || OpensWithCitedMarker(page, cited);
                start = (mayHoldNotes && rules.TryGetValue(p, out var r) ? FootnoteSeparator.LinesBelow(page, r, tables[p], metrics, height) : null) ?? raised[p];
            }

            // High on the page, only a cited marker or a footnote running on from the previous page proves a footnote
            // area; below half, a continuation may open it.
            while (!runsOn && start < page.Count && page[start].Top < height * 0.45 && !StartsNote(page[start], cited, notes, out _, out _)) start++;
            if (start == page.Count || start == 0) continue;
            var area = page.GetRange(start, page.Count - start);
            var opens = StartsNote(area[0], cited, notes, out _, out _);
            if (!opens && notes.Count == 0) continue;
            if (!opens && notes[^1].Page != pages[p].Number - 1 && notes[^1].Page != pages[p].Number) continue;
            page.RemoveRange(start, page.Count - start);
            foreach (var line in area)
            {
                if (StartsNote(line, cited, notes, out var marker, out var rest))
                {
                    var note = new FootnoteDraft(marker, line.Page);
                    note.Lines.Add(rest);
                    notes.Add(note);
                }
                else
                {
                    notes[^1].Lines.Add(line);
                }
            }
        }

        var duplicates = notes.GroupBy(n => n.Marker).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        foreach (var n in duplicates) n.Id = n.Marker + "-p" + n.Page.ToString(CultureInfo.InvariantCulture);
        return notes;
    }

    /// <summary>
    /// The rules of the pages whose notes may stand at body size under a separator, asked for in one go (an engine may
    /// draw them in a costly pass): pages without small notes at the foot that hold a line opening with a cited marker,
    /// or follow such a page (a note running on). Keyed by page index.
    /// </summary>
    private static IReadOnlyDictionary<int, IReadOnlyList<PdfRule>> SeparatorRules(
        List<List<PdfLine>> lines, List<int> small, List<int> raised, FootnoteCitations cited,
        Func<IReadOnlyList<int>, IReadOnlyDictionary<int, IReadOnlyList<PdfRule>>> rulesOf)
    {
        var notes = lines.Select((page, p) => small[p] < page.Count || raised[p] < page.Count || OpensWithCitedMarker(page, cited)).ToList();
        var wanted = Enumerable.Range(0, lines.Count).Where(p => small[p] == lines[p].Count && (notes[p] || (p > 0 && notes[p - 1]))).ToList();
        return wanted.Count == 0 ? new Dictionary<int, IReadOnlyList<PdfRule>>() : rulesOf(wanted);
    }

    private static bool OpensWithCitedMarker(List<PdfLine> page, FootnoteCitations cited) =>
        page.Any(l => FootnoteMarker.TryStrip(l, out var m, out _) && cited.CitedBefore(m, l));

    /// <summary>The first of the single-column lines at the page's bottom set smaller than the body (the page's line count when none).</summary>
    private static int SmallLinesStart(List<PdfLine> page, IReadOnlyList<RuledTable> tables, DocumentMetrics metrics)
    {
        var start = page.Count;
        while (start > 0 && IsSmall(page[start - 1], metrics) && page[start - 1].Segments.Count == 1
               && !tables.Any(t => t.Contains(page[start - 1]))) start--;
        return start;
    }

    /// <summary>
    /// Notes at body size: the first line, outside tables, that opens with a raised marker cited above it (the page's
    /// line count when none). Everything after it is the footnote area.
    /// </summary>
    private static int RaisedMarkerStart(List<PdfLine> page, FootnoteCitations cited, IReadOnlyList<RuledTable> tables)
    {
        for (var i = 1; i < page.Count; i++)
        {
            if (tables.Any(t => t.Contains(page[i]))) continue;
            if (FootnoteMarker.TryStripRaised(page[i], out var marker, out _) && cited.CitedBefore(marker, page[i])) return i;
        }

        return page.Count;
    }

    /// <summary>
    /// Notes are set at least about a point and a half under the body. A tighter bound (12-point notes under 13-point
    /// text) was tried and undone: OCR measures line sizes only roughly, and on scans body lines a point under the body
    /// then lost their citations and merged notes.
    /// </summary>
    public static bool IsSmall(PdfLine line, DocumentMetrics metrics) => line.Size <= metrics.BodySize - 1.4;

    private static bool StartsNote(PdfLine line, FootnoteCitations cited, List<FootnoteDraft> notes, out string marker, out PdfLine rest)
    {
        if (!FootnoteMarker.TryStrip(line, out marker, out rest)) return false;
        var previous = notes.Count > 0 ? notes[^1].Marker : null;
        if (previous is not null && IsNextNumber(previous, marker)) return true;
        if (cited.CitedBefore(marker, line)) return FootnoteMarker.TryStripRaised(line, out _, out _) || previous is null || Follows(previous, marker);
        return cited.Count == 0 && notes.Count == 0 && marker is "1" or "*";
    }

    /// <summary>
    /// Notes are numbered in order: a line of the footnote area opening with the number after the last note's starts the
    /// next note even when its citation was not read (OCR often loses a raised digit in the body).
    /// </summary>
    private static bool IsNextNumber(string previous, string marker) =>
        Number(previous) is { } p && Number(marker) is { } m && m == p + 1;

    /// <summary>A bare number starts a note only after a lower one (not a figure opening a line of the last note).</summary>
    private static bool Follows(string previous, string marker) => Number(previous) is not { } p || Number(marker) is not { } m || m > p;

    private static int? Number(string marker) =>
        int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

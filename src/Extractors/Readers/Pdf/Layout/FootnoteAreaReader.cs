using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Finds each page's footnote area — the bottom lines in a smaller font than the body, in the lower half of the page —
/// removes it from the body and parses it into footnotes keyed by marker. A line starts a footnote when it opens with a
/// marker that the body references; an area that opens without one continues the previous page's last footnote.
/// </summary>
public static class FootnoteAreaReader
{
    public static List<FootnoteDraft> Extract(IReadOnlyList<PdfPageText> pages, List<List<PdfLine>> lines, IReadOnlyList<IReadOnlyList<RuledTable>> tables, DocumentMetrics metrics)
    {
        var referenced = ReferencedMarkers(lines, metrics);
        var notes = new List<FootnoteDraft>();
        for (var p = 0; p < lines.Count; p++)
        {
            var page = lines[p];
            var height = pages[p].Height > 0 ? pages[p].Height : 842;
            var start = page.Count;
            while (start > 0 && IsSmall(page[start - 1], metrics) && page[start - 1].Segments.Count == 1
                   && !tables[p].Any(t => t.Contains(page[start - 1]))) start--;

            // High on the page, only a referenced marker or a footnote running on from the previous page proves a footnote
            // area; below half, a continuation may open it.
            var runsOn = notes.Count > 0 && notes[^1].Lines.Count > 0 && notes[^1].Lines[^1].Page == pages[p].Number - 1;
            while (!runsOn && start < page.Count && page[start].Top < height * 0.45 && !StartsNote(page[start], referenced, notes, out _, out _)) start++;
            if (start == page.Count || start == 0) continue;
            var area = page.GetRange(start, page.Count - start);
            var opens = StartsNote(area[0], referenced, notes, out _, out _);
            if (!opens && notes.Count == 0) continue;
            if (!opens && notes[^1].Page != pages[p].Number - 1 && notes[^1].Page != pages[p].Number) continue;
            page.RemoveRange(start, page.Count - start);
            foreach (var line in area)
            {
                if (StartsNote(line, referenced, notes, out var marker, out var rest))
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
        foreach (var n in duplicates) n.Id = n.Marker + "-p" + n.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return notes;
    }

    /// <summary>
    /// Notes are set at least about a point and a half under the body. A tighter bound (12-point notes under 13-point
    /// text) was tried and undone: OCR measures line sizes only roughly, and on scans body lines a point under the body
    /// then lost their citations and merged notes.
    /// </summary>
    private static bool IsSmall(PdfLine line, DocumentMetrics metrics) => line.Size <= metrics.BodySize - 1.4;

    private static bool StartsNote(PdfLine line, HashSet<string> referenced, List<FootnoteDraft> notes, out string marker, out PdfLine rest)
    {
        if (!FootnoteMarker.TryStrip(line, out marker, out rest)) return false;
        if (referenced.Contains(marker)) return true;
        if (notes.Count > 0 && IsNextNumber(notes[^1].Marker, marker)) return true;
        return referenced.Count == 0 && notes.Count == 0 && marker is "1" or "*";
    }

    /// <summary>
    /// Notes are numbered in order: a line of the footnote area opening with the number after the last note's starts the
    /// next note even when its citation was not read (OCR often loses a raised digit in the body).
    /// </summary>
    private static bool IsNextNumber(string previous, string marker) =>
        int.TryParse(previous, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p)
        && int.TryParse(marker, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
        && m == p + 1;

    private static HashSet<string> ReferencedMarkers(List<List<PdfLine>> lines, DocumentMetrics metrics)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.SelectMany(p => p).Where(l => !IsSmall(l, metrics)))
        {
            var before = "";
            foreach (var c in line.Chunks)
            {
                if (line.IsSuperscript(c) && FootnoteMarker.IsMarkerText(c.Text) && UnitPower.Rewrite(before.TrimEnd(), c.Text) is null) set.Add(c.Text.Trim());
                before += c.Text;
            }
        }

        return set;
    }
}

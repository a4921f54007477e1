using System.Globalization;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Notes gathered at the end of the document at body size, without links (Word's endnotes, an HTML page printed to
/// PDF): the text from the last line below the last citation that opens with the first cited marker still without a
/// note (a numbered list of the body may open with the same number) to the document's end, when it is a run of notes
/// numbered on from that marker (each opening a line, cited before it) holding most of the markers still without one.
/// Each note runs to the next note's line; its lines leave the body.
/// </summary>
public static class EndnoteReader
{
    private const double MinShare = 0.8;

    public static List<FootnoteDraft> Extract(List<List<PdfLine>> lines, FootnoteCitations cited, IReadOnlySet<string> found)
    {
        var missing = cited.Markers.Where(m => !found.Contains(m) && Number(m) is not null).OrderBy(m => Number(m)).ToList();
        if (missing.Count == 0) return [];
        var first = missing[0];
        var all = lines.SelectMany((page, p) => page.Select((line, i) => (Page: p, Index: i, Line: line))).ToList();
        for (var s = all.Count - 1; s >= 0; s--)
        {
            if (!cited.AfterLastCitation(all[s].Line) || !Opens(all[s].Line, first, cited)) continue;
            var notes = Parse(all.Skip(s).Select(x => x.Line), cited);
            if (notes.Count < 2 || notes.Count(n => missing.Contains(n.Marker)) < missing.Count * MinShare) continue;
            for (var k = all.Count - 1; k >= s; k--) lines[all[k].Page].RemoveAt(all[k].Index);
            return notes;
        }

        return [];
    }

    private static bool Opens(PdfLine line, string marker, FootnoteCitations cited) =>
        FootnoteMarker.TryStrip(line, out var m, out var rest) && m == marker && rest.Text.Length > 0 && cited.CitedBefore(m, line);

    /// <summary>The notes of the tail: a line opening with the number after the last note's, cited before it, starts the next.</summary>
    private static List<FootnoteDraft> Parse(IEnumerable<PdfLine> tail, FootnoteCitations cited)
    {
        var notes = new List<FootnoteDraft>();
        foreach (var line in tail)
        {
            var next = notes.Count == 0 ? null : (Number(notes[^1].Marker) + 1)?.ToString(CultureInfo.InvariantCulture);
            if (notes.Count == 0 || (next is not null && Opens(line, next, cited)))
            {
                FootnoteMarker.TryStrip(line, out var marker, out var rest);
                var note = new FootnoteDraft(marker, line.Page);
                note.Lines.Add(rest);
                notes.Add(note);
            }
            else
            {
                notes[^1].Lines.Add(line);
            }
        }

        return notes;
    }

    private static int? Number(string marker) =>
        int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

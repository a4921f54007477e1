using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// What the model needs to know about the whole document to read one line: the footnote markers cited somewhere in the
/// text (superscripts or internal links after a word, whatever the producer) and the page count.
/// </summary>
public sealed record LineRoleContext(IReadOnlySet<string> CitedMarkers, int PageCount)
{
    public static LineRoleContext Of(IReadOnlyList<PdfPageText> pages, IReadOnlyList<IReadOnlyList<PdfLine>> lines)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < lines.Count; p++)
        {
            foreach (var line in lines[p])
            {
                foreach (var chunk in line.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).Skip(1))
                {
                    if (FootnoteMarker.IsMarkerText(chunk.Text) && (line.IsSuperscript(chunk) || pages[p].Links.Any(l => l.Covers(chunk)))) cited.Add(chunk.Text.Trim());
                }
            }
        }

        return new LineRoleContext(cited, pages.Count);
    }

    /// <summary>
    /// The line opens a footnote: its first chunk is a marker the text cites, set as a superscript, as a link, or as
    /// digits followed by the note's words (not <c>1.</c> or <c>1)</c>, which number headings and list items).
    /// </summary>
    public bool OpensNote(PdfPageText page, PdfLine line)
    {
        var chunks = line.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).ToList();
        if (chunks.Count == 0) return false;
        var first = chunks[0];
        if (chunks.Count > 1 && FootnoteMarker.IsMarkerText(first.Text) && (line.IsSuperscript(first) || page.Links.Any(l => l.Covers(first))))
        {
            return CitedMarkers.Contains(first.Text.Trim());
        }

        var text = line.Text;
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length && (text[digits] == ' ' || char.IsLetter(text[digits])) && CitedMarkers.Contains(text[..digits]);
    }
}

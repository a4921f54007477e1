using ThiDua.Extractors.Model;
using ThiDua.Extractors.Readers.Pdf.Layout;
using ThiDua.Extractors.Readers.Pdf.Roles;

namespace ThiDua.RoleTrainer;

/// <summary>
/// Labels a PDF's lines from the Word extraction of the same report: a line found in exactly one kind of component
/// (heading, paragraph, footnote, table cell) takes that role; a line found nowhere is running furniture at a page edge,
/// the header block before the first body line of page 1, or the signature block after the last body line. Lines whose
/// text stands in several kinds are left unlabeled.
/// </summary>
public sealed class LineLabeler
{
    private readonly HashSet<string> _headings = [];
    private readonly List<string> _paragraphs = [];
    private readonly List<string> _footnotes = [];
    private readonly List<string> _cells = [];
    private readonly List<string> _closing = [];

    public LineLabeler(Report word)
    {
        foreach (var section in Flatten(word.Sections))
        {
            if (section.Title.Length > 0) _headings.Add(TextKey.Of(((section.Numbering ?? "") + " " + section.Title).Trim()));
            foreach (var block in section.Blocks.Where(b => b.Text is not null)) _paragraphs.Add(TextKey.Of(block.Text!));
        }

        _footnotes.AddRange(word.Footnotes.Select(f => TextKey.Of(f.Text)));
        _cells.AddRange(word.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Select(c => TextKey.Of(c.Text)).Where(t => t.Length > 0));
        var signer = word.Document.Signer;
        _closing.AddRange(new[] { signer?.Name, signer?.Position, "nơi nhận" }.OfType<string>().Select(TextKey.Of));
        _closing.AddRange(word.Document.Recipients.Select(TextKey.Of));
    }

    public LineRole?[] Label(IReadOnlyList<IReadOnlyList<PdfLine>> pages, IReadOnlyList<double> pageHeights)
    {
        var all = pages.SelectMany((lines, p) => lines.Select((line, i) => (Page: p, Index: i, Line: line))).ToList();
        var labels = new LineRole?[all.Count];
        for (var k = 0; k < all.Count; k++) labels[k] = ByText(all[k].Line);

        var firstBody = Array.FindIndex(labels, l => l is LineRole.Body or LineRole.Heading);
        var lastBody = Array.FindLastIndex(labels, l => l is LineRole.Body);
        for (var k = 0; k < all.Count; k++)
        {
            if (labels[k] is not null) continue;
            var (page, _, line) = all[k];
            var height = pageHeights[page];
            var key = TextKey.Of(line.Text);
            if (page == 0 && (firstBody < 0 || k < firstBody)) labels[k] = LineRole.HeaderBlock;
            else if (k > lastBody && lastBody >= 0 && _closing.Any(c => c.Contains(key) || key.Contains(c))) labels[k] = LineRole.SignatureBlock;
            else if (line.Top < height * 0.1 || line.Bottom > height * 0.9) labels[k] = LineRole.PageFurniture;
        }

        return labels;
    }

    private LineRole? ByText(PdfLine line)
    {
        // Footnote markers (superscripts) are not part of the Word text: a footnote body's line starts with one.
        var key = TextKey.Of(string.Concat(line.Chunks.Where(c => !line.IsSuperscript(c)).Select(c => c.Text)));
        if (key.Length < 3) return null;
        if (_headings.Contains(key)) return LineRole.Heading;
        var inParagraph = _paragraphs.Any(p => p.Contains(key));
        var inFootnote = _footnotes.Any(f => f.Contains(key));
        var inCell = _cells.Any(c => c.Contains(key)) || (line.Segments.Count >= 2 && line.Segments.All(s => _cells.Any(c => c.Contains(TextKey.Of(s.Text)))));
        var inHeading = _headings.Any(h => h.Contains(key));
        var kinds = (inParagraph ? 1 : 0) + (inFootnote ? 1 : 0) + (inCell ? 1 : 0) + (inHeading ? 1 : 0);
        if (kinds != 1) return null;
        return inParagraph ? LineRole.Body : inFootnote ? LineRole.FootnoteBody : inCell ? LineRole.TableCell : LineRole.Heading;
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) => sections.SelectMany(s => Flatten(s.Children).Prepend(s));
}

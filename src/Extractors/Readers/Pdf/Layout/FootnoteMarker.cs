using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Reads a footnote marker: a superscript chunk of digits or asterisks, or leading digits of a footnote line (in its first
/// chunk or a chunk of their own).
/// </summary>
public static partial class FootnoteMarker
{
    public static bool IsMarkerText(string text) => MarkerOnly().IsMatch(text.Trim());

    /// <summary>The raised marker (a superscript chunk of digits or asterisks) a line opens with, and the line without it.</summary>
    public static bool TryStripRaised(PdfLine line, out string marker, out PdfLine rest)
    {
        marker = "";
        rest = line;
        var chunks = line.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).ToList();
        if (chunks.Count < 2 || !line.IsSuperscript(chunks[0]) || !IsMarkerText(chunks[0].Text)) return false;
        marker = chunks[0].Text.Trim();
        rest = new PdfLine(line.Page, chunks.Skip(1).ToList());
        return true;
    }

    /// <summary>The marker a footnote line starts with, and the line without it.</summary>
    public static bool TryStrip(PdfLine line, out string marker, out PdfLine rest)
    {
        if (TryStripRaised(line, out marker, out rest)) return true;
        var chunks = line.Chunks.SkipWhile(c => c.Text.Trim().Length == 0).ToList();
        if (chunks.Count == 0) return false;
        var first = chunks[0];
        var m = LeadingMarker().Match(first.Text);
        if (!m.Success)
        {
            // A marker drawn as a chunk of its own (a link's edge, another font) before the note's text.
            if (chunks.Count < 2 || !IsMarkerText(first.Text)) return false;
            marker = first.Text.Trim();
            rest = new PdfLine(line.Page, chunks.Skip(1).ToList());
            return true;
        }

        marker = m.Groups[1].Value;
        var remaining = first.Text[m.Length..];
        var cut = first.Width * m.Length / Math.Max(1, first.Text.Length);
        var replaced = new List<PdfTextChunk>();
        if (remaining.Length > 0) replaced.Add(first with { Text = remaining, Left = first.Left + cut, Width = first.Width - cut });
        replaced.AddRange(chunks.Skip(1));
        if (replaced.Count == 0) return false;
        rest = new PdfLine(line.Page, replaced);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,3}|\*{1,3})$")]
    private static partial Regex MarkerOnly();

    [GeneratedRegex(@"^\s*(\d{1,3}|\*{1,3})(?:[.)]?\s+|(?=\p{L}))")]
    private static partial Regex LeadingMarker();
}

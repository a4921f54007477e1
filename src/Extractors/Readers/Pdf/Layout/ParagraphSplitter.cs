namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Cuts consecutive body lines into paragraphs: a wider gap than the usual line pitch, a short previous line, a first-line
/// indent, or a change of weight or size starts a new paragraph. A previous line is short only when the next line's first
/// word would have fitted after it: text set ragged-right (Chromium, Word's left alignment) wraps well before the margin.
/// </summary>
public static class ParagraphSplitter
{
    public static List<ParagraphDraft> Split(IReadOnlyList<PdfLine> lines, DocumentMetrics metrics)
    {
        var result = new List<ParagraphDraft>();
        PdfLine? prev = null;
        foreach (var line in lines)
        {
            if (prev is null || StartsParagraph(prev, line, metrics)) result.Add(new ParagraphDraft(line.Page));
            result[^1].Lines.Add(line);
            prev = line;
        }

        return result;
    }

    public static bool StartsParagraph(PdfLine prev, PdfLine cur, DocumentMetrics metrics)
    {
        var size = Math.Max(prev.Size, cur.Size);
        if (cur.Top - prev.Top > metrics.PitchFor(size) * 1.25 + 0.5) return true;
        if (IsCentered(prev, metrics) && IsCentered(cur, metrics) && cur.Left - metrics.BodyLeft > cur.Size * 0.5
            && prev.Right - prev.Left > (metrics.BodyRight - metrics.BodyLeft) * 0.75)
        {
            // A long centred line (a title) wrapped onto the next centred line.
            return prev.AllBold != cur.AllBold || Math.Abs(prev.Size - cur.Size) > 1;
        }

        // A centred title's lines are all centred: a line set inside both margins, followed by one that is not and that
        // does not go back to the left margin (as a paragraph's wrapped line would), ends it.
        if (IsCentered(prev, metrics) && prev.Left - metrics.BodyLeft > prev.Size && !IsCentered(cur, metrics)
            && cur.Left >= prev.Left - cur.Size * 0.5) return true;

        if (prev.Right < metrics.BodyRight - 2.5 * prev.Size && FirstWordFits(prev, cur, metrics)) return true;
        if (cur.Left > prev.Left + 0.8 * cur.Size) return true;
        if (prev.AllBold && !cur.AllBold) return true;
        return Math.Abs(prev.Size - cur.Size) > 1;
    }

    /// <summary>Whether the first word of <paramref name="cur"/>, after a space, fits between the end of <paramref name="prev"/> and the body's right edge.</summary>
    public static bool FirstWordFits(PdfLine prev, PdfLine cur, DocumentMetrics metrics)
    {
        var first = cur.Chunks.FirstOrDefault(c => c.Text.Trim().Length > 0);
        if (first is null) return true;
        var text = first.Text.TrimStart();
        var word = text.IndexOf(' ', StringComparison.Ordinal) is var end and > 0 ? text[..end] : text;
        var width = first.Width * Ems(word) / Math.Max(0.1, Ems(first.Text));
        // The word's width is estimated from its share of the chunk: half a letter of slack covers the error.
        return prev.Right + prev.Size * 0.25 + width + prev.Size * 0.5 <= metrics.BodyRight;
    }

    /// <summary>A text's width in a serif font's typical ems: capitals are wider than small letters, spaces narrower.</summary>
    private static double Ems(string text) => text.Sum(c => char.IsWhiteSpace(c) ? 0.25 : char.IsUpper(c) ? 0.7 : char.IsLetterOrDigit(c) ? 0.5 : 0.33);

    public static bool IsCentered(PdfLine line, DocumentMetrics metrics)
    {
        var leftGap = line.Left - metrics.BodyLeft;
        var rightGap = metrics.BodyRight - line.Right;
        return leftGap > -line.Size * 0.5 && Math.Abs(leftGap - rightGap) < line.Size;
    }
}

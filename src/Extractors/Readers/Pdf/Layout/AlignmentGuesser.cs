using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>Alignment from line edges against the body column: justified, centred, right or left.</summary>
public static class AlignmentGuesser
{
    public static ParagraphAlignment Guess(IReadOnlyList<PdfLine> lines, DocumentMetrics m)
    {
        if (lines.Count == 0) return ParagraphAlignment.Unknown;
        if (lines.Count >= 2 && lines.Take(lines.Count - 1).All(l => l.Right >= m.BodyRight - 1.5 * l.Size)) return ParagraphAlignment.Justify;
        var l0 = lines.Min(l => l.Left);
        var r0 = lines.Max(l => l.Right);
        var size = lines[0].Size;
        var leftGap = l0 - m.BodyLeft;
        var rightGap = m.BodyRight - r0;
        var indented = lines.Count == 1 && Math.Abs(leftGap - m.Indent) < 2 && Math.Abs(leftGap - rightGap) >= 3;
        if (!indented && leftGap > 2 * size && Math.Abs(leftGap - rightGap) < 1.5 * size) return ParagraphAlignment.Center;
        if (rightGap < size && leftGap > (m.BodyRight - m.BodyLeft) * 0.3) return ParagraphAlignment.Right;
        return ParagraphAlignment.Left;
    }
}

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Paragraphs centred on an axis other than the body column's: Word centres a caption between its own indents (a form's
/// <c>Biểu mẫu 4</c> / <c>Cải cách tổ chức bộ máy</c> over a table, indented from the right), so against the column each
/// looks left-aligned. Neighbouring paragraphs on one page whose lines all share one centre while their left edges and
/// their right edges both differ are centred: left-aligned lines share a left edge, right-aligned ones a right edge.
/// </summary>
public static class CentredNeighbours
{
    /// <summary>How far two centres may lie apart, in ems of the line size.</summary>
    private const double CentreTolerance = 0.15;

    /// <summary>How far the edges must differ, in ems, for a shared centre to mean centring rather than one width.</summary>
    private const double EdgeSpread = 1.0;

    public static HashSet<ParagraphDraft> Find(IReadOnlyList<BlockDraft> blocks, Func<int, DocumentMetrics> metricsFor)
    {
        var centred = new HashSet<ParagraphDraft>();
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i - 1] is ParagraphDraft above && blocks[i] is ParagraphDraft below && above.Page == below.Page
                && ShareCentre([.. above.Lines, .. below.Lines], metricsFor(below.Page)))
            {
                centred.Add(above);
                centred.Add(below);
            }
        }

        return centred;
    }

    private static bool ShareCentre(IReadOnlyList<PdfLine> lines, DocumentMetrics metrics)
    {
        if (lines.Count < 2 || lines.Any(l => l.Page != lines[0].Page)) return false;
        var size = lines.Max(l => l.Size);
        var centres = lines.Select(l => (l.Left + l.Right) / 2).ToList();
        return centres.Max() - centres.Min() <= CentreTolerance * size
            && lines.Max(l => l.Left) - lines.Min(l => l.Left) >= EdgeSpread * size
            && lines.Max(l => l.Right) - lines.Min(l => l.Right) >= EdgeSpread * size
            && lines.Min(l => l.Left) > metrics.BodyLeft + EdgeSpread * size;
    }
}

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Document-wide measures the layout rules compare against: the body font size (most text), the body column's left and
/// right edges, and the usual baseline-to-baseline pitch of body lines.
/// </summary>
public sealed record DocumentMetrics(double BodySize, double BodyLeft, double BodyRight, double LinePitch, double Indent = 0)
{
    public static DocumentMetrics From(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        if (all.Count == 0) return new DocumentMetrics(12, 0, 600, 14);
        var size = all.GroupBy(l => Math.Round(l.Size * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var body = all.Where(l => Math.Abs(l.Size - size) < 0.6).ToList();
        var left = body.GroupBy(l => Math.Round(l.Left))
            .OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var rights = body.Select(l => l.Right).OrderBy(r => r).ToList();
        var right = rights[(int)((rights.Count - 1) * 0.9)];
        var pitches = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Count; i++)
            {
                var d = page[i].Top - page[i - 1].Top;
                if (Math.Abs(page[i].Size - size) < 0.6 && Math.Abs(page[i - 1].Size - size) < 0.6 && d > size * 0.8 && d < size * 3) pitches.Add(d);
            }
        }

        pitches.Sort();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 3] : size * 1.2;
        var indents = body.Select(l => Math.Round(l.Left - left)).Where(d => d > size * 0.5 && d < size * 4).ToList();
        var indent = indents.Count == 0 ? 0 : indents.GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        return new DocumentMetrics(size, left, Math.Max(right, left + size * 10), pitch, indent);
    }

    public double PitchFor(double size) => LinePitch * size / BodySize;
}

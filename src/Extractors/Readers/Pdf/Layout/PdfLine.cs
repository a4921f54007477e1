using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>
/// Chunks sharing a baseline, left to right. Size and the vertical band come from the line's main (largest) text,
/// so raised small chunks (superscripts) do not move them.
/// </summary>
public sealed class PdfLine
{
    private List<PdfLine>? _segments;

    public PdfLine(int page, IReadOnlyList<PdfTextChunk> chunks)
    {
        Page = page;
        Chunks = chunks.OrderBy(c => c.Left).ToList();
        Size = Chunks.Max(c => c.FontSize);
        var main = Chunks.Where(c => c.FontSize >= Size * 0.85).ToList();
        Top = main.Min(c => c.Top);
        Bottom = main.Max(c => c.Bottom);
        Left = Chunks.Min(c => c.Left);
        Right = Chunks.Max(c => c.Right);
        Text = string.Concat(Chunks.Select(c => c.Text)).Trim();
        AllBold = Chunks.Where(c => c.Text.Trim().Length > 0).All(c => c.Bold);
    }

    public int Page { get; }

    public IReadOnlyList<PdfTextChunk> Chunks { get; }

    public double Size { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Left { get; }

    public double Right { get; }

    public string Text { get; }

    public bool AllBold { get; }

    /// <summary>The line cut at horizontal gaps wider than a few spaces: table cells or columns.</summary>
    public IReadOnlyList<PdfLine> Segments => _segments ??= Split();

    /// <summary>A smaller chunk whose baseline (estimated from its box bottom less the descent) stands above the line's.</summary>
    public bool IsSuperscript(PdfTextChunk chunk) =>
        chunk.FontSize <= Size * 0.8 && Baseline(chunk.Bottom, chunk.Height) < Baseline(Bottom, Bottom - Top) - Size * 0.12;

    private static double Baseline(double bottom, double height) => bottom - height * 0.22;

    private List<PdfLine> Split()
    {
        var result = new List<PdfLine>();
        var current = new List<PdfTextChunk>();
        double right = double.MinValue;
        var gap = Math.Max(Size * 1.2, 6);
        foreach (var c in Chunks)
        {
            if (current.Count > 0 && c.Left - right > gap && c.Text.Trim().Length > 0)
            {
                result.Add(new PdfLine(Page, current));
                current = [];
            }

            if (c.Text.Trim().Length == 0 && current.Count == 0) continue;
            current.Add(c);
            right = Math.Max(right, c.Right - TrailingSpaceWidth(c));
        }

        if (current.Count > 0) result.Add(new PdfLine(Page, current));
        return result.Count == 0 ? [this] : result;
    }

    private static double TrailingSpaceWidth(PdfTextChunk c)
    {
        var trimmed = c.Text.TrimEnd().Length;
        return c.Text.Length == 0 ? 0 : c.Width * (c.Text.Length - trimmed) / c.Text.Length;
    }
}

namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// An internal link annotation: its active area on the page and where it leads (1-based page, and the top of the
/// destination in points from that page's top when the destination gives one), all in top-left page coordinates.
/// </summary>
public sealed record PdfLink(double Left, double Top, double Right, double Bottom, int TargetPage, double? TargetTop)
{
    public bool Covers(PdfTextChunk chunk)
    {
        var x = chunk.Left + chunk.Width / 2;
        var y = chunk.Top + chunk.Height * 0.6;
        return x >= Left - 0.5 && x <= Right + 0.5 && y >= Top - 1 && y <= Bottom + 1;
    }
}

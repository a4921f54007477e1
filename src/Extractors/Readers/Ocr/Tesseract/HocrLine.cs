namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// A recognized text line: its box, its baseline (y at x = Left is Bottom + BaselineOffset, rising by BaselineSlope per
/// pixel), Tesseract's estimate of its text height in pixels (x_size: ascenders to descenders, close to the font size),
/// the depth of its descenders, and its words.
/// </summary>
internal sealed record HocrLine(PixelBox Box, double BaselineSlope, double BaselineOffset, double TextHeight, double Descenders, IReadOnlyList<HocrWord> Words)
{
    public double BaselineAt(double x) => Box.Bottom + BaselineOffset + BaselineSlope * (x - Box.Left);

    /// <summary>Top of the text band (ascenders) at x.</summary>
    public double TopAt(double x) => BaselineAt(x) - (TextHeight - Descenders);
}

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>A rectangle in image pixels, right and bottom inclusive as hOCR writes them.</summary>
internal readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left + 1;

    public int Height => Bottom - Top + 1;

    public double CenterX => (Left + Right) / 2.0;
}

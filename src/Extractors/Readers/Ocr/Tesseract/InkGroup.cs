namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>The box of one glyph's ink inside a word (a connected component with the marks above or below it).</summary>
internal readonly record struct InkGroup(int Left, int Right, int Top, int Bottom)
{
    public int Height => Bottom - Top + 1;
}

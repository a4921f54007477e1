namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>A run of adjacent image columns holding ink inside a word's box (a glyph or glyphs that touch), with the
/// vertical extent of that ink.</summary>
internal readonly record struct InkGroup(int Left, int Right, int Top, int Bottom)
{
    public int Height => Bottom - Top + 1;
}

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Small glyphs standing above a word's baseline at its end (or at the start of a line's first word): a possible
/// footnote marker. Box is the ink of the raised glyphs; AtStart tells which end of the word they stand at;
/// TrailingPunctuation is the number of baseline punctuation glyphs after them (<c>2022¹.</c>).
/// </summary>
internal sealed record MarkerCandidate(int LineIndex, int WordIndex, PixelBox Box, bool AtStart, int TrailingPunctuation);

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>A recognized word: its box, its text, Tesseract's confidence (0-100) and, where Tesseract gave them, one box
/// per character.</summary>
internal sealed record HocrWord(PixelBox Box, string Text, double Confidence, IReadOnlyList<(PixelBox Box, string Text)> Characters);

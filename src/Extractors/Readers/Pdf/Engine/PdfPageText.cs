namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>One page: size in points and its text chunks in engine order. Number is 1-based.</summary>
public sealed record PdfPageText(int Number, double Width, double Height, IReadOnlyList<PdfTextChunk> Chunks);

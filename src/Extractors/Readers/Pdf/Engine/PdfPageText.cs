namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// One page: size in points and its text chunks in engine order. Number is 1-based. Links are the page's internal link
/// annotations (empty when the engine does not read them). Rules are the page's ruling lines when the engine found them
/// in the same pass, null when they must be asked for with <see cref="IPdfTextEngine.ExtractRules"/>.
/// </summary>
public sealed record PdfPageText(int Number, double Width, double Height, IReadOnlyList<PdfTextChunk> Chunks)
{
    public IReadOnlyList<PdfLink> Links { get; init; } = [];

    public IReadOnlyList<PdfRule>? Rules { get; init; }
}

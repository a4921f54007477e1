namespace ThiDua.Extractors.Readers.Pdf;

/// <summary>Reader limits: files above MaxFileBytes are refused as <c>too_large</c>.</summary>
public sealed record PdfReaderOptions(long MaxFileBytes)
{
    public static PdfReaderOptions Default { get; } = new(256L << 20);
}

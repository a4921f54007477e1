using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Pdf;

/// <summary>A layout and the timing of the read that produced it.</summary>
public sealed record PdfReadResult(LayoutDocument Document, PdfReadStatistics Statistics);

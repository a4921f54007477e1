namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>What <c>pdfinfo</c> says about a file.</summary>
public sealed record PdfInfo(int Pages, bool Encrypted);

using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>A PDF's pages after OCR: the text pages as they were, the scanned ones recognized. Extractor names the OCR
/// engine when pages were recognized (null when none could be); Warnings say which pages were left unread.</summary>
public sealed record ScannedPages(PdfEngineResult Result, string? Extractor, IReadOnlyList<string> Warnings);

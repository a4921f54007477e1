namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>Where tagged text stands in the structure tree: its table and its table row, numbered in document order.</summary>
public readonly record struct StructurePlace(int Table, int Row);

namespace ThiDua.Benchmark.Parity;

/// <summary>A PDF rendition and the DOCX original it came from, with the producer that made the PDF.</summary>
public sealed record ParityPair(string Producer, string Docx, string Pdf);

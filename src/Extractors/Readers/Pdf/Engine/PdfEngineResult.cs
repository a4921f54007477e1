namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>The pages an engine returned and the wall-clock time spent in the engine (process run and streamed parse).</summary>
public sealed record PdfEngineResult(IReadOnlyList<PdfPageText> Pages, int PageCount, TimeSpan EngineTime);

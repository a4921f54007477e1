namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// Extracts positioned text from a PDF. Implementations throw <see cref="ReaderException"/> with the codes
/// <c>encrypted</c>, <c>corrupt_file</c> or <c>timeout</c>. Poppler today; a PdfPig engine can replace it.
/// </summary>
public interface IPdfTextEngine
{
    /// <summary>Name and version written to source.extractor.</summary>
    string Name { get; }

    PdfEngineResult Extract(string path, CancellationToken cancellationToken);

    /// <summary>
    /// The ruling lines (table borders) of pages first..last, keyed by 1-based page number. An engine that cannot see
    /// vector graphics returns none and tables are rebuilt from text alignment alone.
    /// </summary>
    PdfRulesResult ExtractRules(string path, int firstPage, int lastPage, CancellationToken cancellationToken);
}

using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// Reads scanned pages into the positioned-text records of the PDF layout code (<see cref="PdfPageText"/>: word or line
/// chunks in points from the page's top-left corner, font sizes from line heights, no bold or italic), so that scans go
/// through the same layout-to-structure code as text PDFs. Throws <see cref="ReaderException"/>:
/// <c>ocr_unavailable</c> when the engine cannot run here, <c>timeout</c>, <c>conversion_failed</c>.
/// </summary>
public interface IOcrEngine
{
    /// <summary>Name and version written to source.extractor.</summary>
    string Name { get; }

    /// <summary>Null when the engine can run here; otherwise why not (the program or its data is missing, no settings).</summary>
    string? Unavailability { get; }

    /// <summary>The given 1-based pages of a PDF; <paramref name="pageSizes"/> holds each page's size in points.</summary>
    IReadOnlyList<PdfPageText> ReadPdfPages(string path, IReadOnlyList<PdfPageText> pageSizes, CancellationToken cancellationToken);

    /// <summary>Every page (frame) of a PNG, JPEG or TIFF image.</summary>
    IReadOnlyList<PdfPageText> ReadImage(string path, CancellationToken cancellationToken);
}

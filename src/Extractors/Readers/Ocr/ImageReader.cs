using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Ocr.Layout;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// Scanned reports saved as images (PNG, JPEG, TIFF; each frame of a multi-page TIFF a page): read by the OCR engine,
/// then laid out by the PDF layout code. Written as format <c>image-ocr</c>.
/// </summary>
public sealed class ImageReader(IOcrEngine engine) : IDocumentReader
{
    public ImageReader()
        : this(OcrEngines.CreateDefault())
    {
    }

    /// <summary>The sniffer's code for a scanned image.</summary>
    public string Format => "image";

    public string Extractor => engine.Name;

    public LayoutDocument Read(string path, CancellationToken cancellationToken)
    {
        if (engine.Unavailability is { } problem) throw OcrErrors.Unavailable(problem);
        IReadOnlyList<Pdf.Engine.PdfPageText> pages;
        try
        {
            pages = ScannedPageRepair.Apply(engine.ReadImage(path, cancellationToken));
        }
        catch (ReaderException e) when (e.Code == ReaderErrorCodes.ConversionFailed)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile,
                "Tệp ảnh bị hỏng hoặc không đọc được / The image is corrupt or unreadable: " + e.Message, e);
        }

        var document = PdfLayoutBuilder.Build(pages, pages.Count);
        return document with { Format = "image-ocr", Extractor = engine.Name };
    }
}

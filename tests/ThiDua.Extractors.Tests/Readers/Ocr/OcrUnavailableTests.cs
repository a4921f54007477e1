using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Ocr.Tesseract;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>With no OCR engine that can run (the Tesseract program or its Vietnamese data missing, Azure not configured),
/// a scan fails with <c>ocr_unavailable</c> and a message saying what to install or configure.</summary>
public sealed class OcrUnavailableTests
{
    [Theory]
    [InlineData("/nonexistent/bin/tesseract", "vie", "/nonexistent/bin/tesseract")]
    [InlineData("tesseract", "xyz", "'xyz'")]
    public void A_scanned_pdf_fails_as_ocr_unavailable_saying_what_to_install(string program, string language, string cause)
    {
        var engine = new TesseractEngine(TesseractOptions.Default with { Executable = program, Language = language });
        var reader = new PdfReader(new PopplerTextEngine(), PdfReaderOptions.Default, new ScannedPageReader(engine));

        var error = Assert.Throws<ReaderException>(() => reader.Read(OcrFixtures.ScanPdf("003-clean.pdf"), CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.OcrUnavailable, error.Code);
        AssertSaysWhatToDo(error.Message);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_image_fails_as_ocr_unavailable_saying_what_to_install()
    {
        using var temp = new TempDirectory();
        var image = OcrFixtures.PageImage(temp.Path, "003-clean.pdf", 1, "png");
        var reader = new ImageReader(new TesseractEngine(TesseractOptions.Default with { Executable = "/nonexistent/bin/tesseract" }));

        var error = Assert.Throws<ReaderException>(() => reader.Read(image, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.OcrUnavailable, error.Code);
        AssertSaysWhatToDo(error.Message);
    }

    [Fact]
    public void Without_an_ocr_engine_a_text_pdf_reads_as_before()
    {
        var reader = new PdfReader(new PopplerTextEngine(), PdfReaderOptions.Default, new ScannedPageReader(null));
        var document = reader.Read(Path.Combine(TestPaths.Corpus, "pdf", "003.pdf"), CancellationToken.None);
        Assert.Null(document.Format);
        Assert.NotEmpty(document.Blocks);
    }

    private static void AssertSaysWhatToDo(string message)
    {
        Assert.Contains("cần nhận dạng chữ (OCR)", message, StringComparison.Ordinal);
        Assert.Contains("needs OCR", message, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr-vie", message, StringComparison.Ordinal);
        Assert.Contains("THIDUA_AZURE_DI_ENDPOINT", message, StringComparison.Ordinal);
        Assert.Contains("THIDUA_AZURE_DI_KEY", message, StringComparison.Ordinal);
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ocr-unavailable-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

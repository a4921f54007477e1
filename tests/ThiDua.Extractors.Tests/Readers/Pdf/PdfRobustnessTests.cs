using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>Third-party PDFs (encrypted, image-only, forms, RTL, broken xref): a layout or a ReaderException, in time.</summary>
public sealed class PdfRobustnessTests
{
    [Theory]
    [MemberData(nameof(PdfFixtures.RobustnessFiles), MemberType = typeof(PdfFixtures))]
    public void ReadsOrRefusesWithACode(string name)
    {
        if (name.Length == 0) return;
        var path = Path.Combine(PdfFixtures.RobustnessFolder, name);
        var watch = Stopwatch.StartNew();
        try
        {
            var doc = new PdfReader().Read(path, CancellationToken.None);
            Assert.NotNull(doc.Blocks);
            Assert.True(doc.PageCount > 0);
        }
        catch (ReaderException e)
        {
            Assert.Contains(e.Code, new[] { "corrupt_file", "encrypted", "no_text_layer", "timeout", "too_large" });
            Assert.Contains(" / ", e.Message, StringComparison.Ordinal);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{name} took {watch.Elapsed}");
    }

    [Fact]
    public void PasswordProtectedIsEncrypted()
    {
        var path = Path.Combine(PdfFixtures.RobustnessFolder, "005-libreoffice-writer-password_libreoffice-writer-password.pdf");
        if (!File.Exists(path)) return;
        var e = Assert.Throws<ReaderException>(() => new PdfReader().Read(path, CancellationToken.None));
        Assert.Equal("encrypted", e.Code);
    }

    [Theory]
    [InlineData("007-imagemagick-images_imagemagick-lzw.pdf")]
    [InlineData("007-imagemagick-images_imagemagick-CCITTFaxDecode.pdf")]
    [InlineData("007-imagemagick-images_imagemagick-images.pdf")]
    [InlineData("019-grayscale-image_grayscale-image.pdf")]
    [InlineData("023-cmyk-image_cmyk-image.pdf")]
    public void ImageOnlyHasNoTextLayer(string name)
    {
        var path = Path.Combine(PdfFixtures.RobustnessFolder, name);
        if (!File.Exists(path)) return;
        var e = Assert.Throws<ReaderException>(() => new PdfReader().Read(path, CancellationToken.None));
        Assert.Equal("no_text_layer", e.Code);
        Assert.Contains("OCR", e.Message, StringComparison.Ordinal);
    }
}

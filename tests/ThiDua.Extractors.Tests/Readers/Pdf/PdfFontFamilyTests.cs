using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

public sealed class PdfFontFamilyTests
{
    [Theory]
    [InlineData("BAAAAA+TimesNewRomanPS-BoldMT", "TimesNewRomanPS")]
    [InlineData("ABCDEF+.VnTime,Bold", ".VnTime")]
    [InlineData("VNI-Times-Italic", "VNI-Times")]
    [InlineData("VNI-Times", "VNI-Times")]
    [InlineData("CAAAAA+LiberationSerif-Italic", "LiberationSerif")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Family_drops_the_subset_tag_and_the_style(string? name, string? family) => Assert.Equal(family, PdfFontFamily.Of(name));
}

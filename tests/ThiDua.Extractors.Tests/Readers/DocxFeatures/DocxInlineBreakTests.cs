using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Line breaks, tabs and special hyphens inside a paragraph.</summary>
public sealed class DocxInlineBreakTests
{
    private static string ReadText(string body) => Assert.IsType<LayoutParagraph>(Assert.Single(new DocxPackage { Body = body }.Read().Blocks)).Text;

    [Fact]
    public void LineBreakBecomesANewline()
    {
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", ReadText(P(RawRun("<w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/><w:t>Độc lập - Tự do - Hạnh phúc</w:t>"))));
    }

    [Fact]
    public void LineBreakInItsOwnRunBecomesANewline()
    {
        Assert.Equal("Số: 15/BC-UBND\nHà Nội", ReadText(P(R("Số: 15/BC-UBND"), RawRun("<w:br/>"), R("Hà Nội"))));
    }

    [Fact]
    public void CarriageReturnBecomesANewline()
    {
        Assert.Equal("Dòng một\nDòng hai", ReadText(P(RawRun("<w:t>Dòng một</w:t><w:cr/><w:t>Dòng hai</w:t>"))));
    }

    [Fact]
    public void PageBreakAddsNoText()
    {
        Assert.Equal("TrướcSau", ReadText(P(R("Trước"), RawRun("<w:br w:type=\"page\"/>"), R("Sau"))));
    }

    [Fact]
    public void TabBecomesATabCharacter()
    {
        Assert.Equal("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", ReadText(P(R("Nơi nhận:"), RawRun("<w:tab/>"), R("TM. ỦY BAN NHÂN DÂN"))));
    }

    [Fact]
    public void NoBreakHyphenBecomesAHyphen()
    {
        Assert.Equal("Số 98/2023/NĐ-CP", ReadText(P(RawRun("<w:t>Số 98/2023/NĐ</w:t><w:noBreakHyphen/><w:t>CP</w:t>"))));
    }

    /// <summary>
    /// The reader keeps the character a soft hyphen stands for (U+00AD): LibreOffice writes TCVN3's ư (0xAD) of a legacy
    /// .doc as a soft hyphen. The legacy transform drops it from Unicode text (LegacyEncodingTransformTests).
    /// </summary>
    [Fact]
    public void SoftHyphenIsKeptAsTheCharacterItStandsFor()
    {
        Assert.Equal("khen\u00ADthưởng", ReadText(P(RawRun("<w:t>khen</w:t><w:softHyphen/><w:t>thưởng</w:t>"))));
    }

    [Fact]
    public void PreservedSpacesAreKept()
    {
        Assert.Equal("a  b", ReadText(P(R("a  "), R("b"))));
    }
}

using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Headers and footers (with their page number fields) stay out of the body.</summary>
public sealed class DocxHeaderFooterTests
{
    private static readonly string PageField =
        RawRun("<w:fldChar w:fldCharType=\"begin\"/>") + RawRun("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") +
        RawRun("<w:fldChar w:fldCharType=\"separate\"/>") + R("1") + RawRun("<w:fldChar w:fldCharType=\"end\"/>");

    private static readonly string NumPagesField =
        RawRun("<w:fldChar w:fldCharType=\"begin\"/>") + RawRun("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>") +
        RawRun("<w:fldChar w:fldCharType=\"separate\"/>") + R("9") + RawRun("<w:fldChar w:fldCharType=\"end\"/>");

    [Fact]
    public void HeaderAndFooterTextIsNotInTheBody()
    {
        var document = new DocxPackage
        {
            Header = PWith("<w:jc w:val=\"center\"/>", PageField) + P(R("ỦY BAN NHÂN DÂN HUYỆN")),
            Footer = P(R("Trang "), PageField, R(" / "), NumPagesField),
            Body = P(R("BÁO CÁO")) + P(R("Tổng kết công tác thi đua, khen thưởng năm 2024")),
        }.Read();

        var texts = document.Blocks.Select(b => Assert.IsType<LayoutParagraph>(b).Text).ToArray();
        Assert.Equal(["BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2024"], texts);
    }

    [Fact]
    public void FooterPageFieldAddsNoNotesOrWarnings()
    {
        var document = new DocxPackage { Footer = P(R("Trang "), PageField), Body = P(R("Nội dung")) }.Read();

        Assert.Empty(document.Footnotes);
        Assert.Empty(document.Warnings);
    }
}

using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>The page count comes from docProps/app.xml, as Word and LibreOffice last saved it.</summary>
public sealed class DocxPageCountTests
{
    [Fact]
    public void PageCountIsReadFromAppXml()
    {
        Assert.Equal(7, new DocxPackage { Pages = "7", Body = P(R("Nội dung")) }.Read().PageCount);
    }

    [Fact]
    public void NoAppXmlMeansUnknownPageCount()
    {
        Assert.Null(new DocxPackage { Body = P(R("Nội dung")) }.Read().PageCount);
    }

    [Fact]
    public void ZeroPagesMeansUnknownPageCount()
    {
        Assert.Null(new DocxPackage { Pages = "0", Body = P(R("Nội dung")) }.Read().PageCount);
    }

    [Fact]
    public void UnparsablePagesMeansUnknownPageCount()
    {
        Assert.Null(new DocxPackage { Pages = "bảy", Body = P(R("Nội dung")) }.Read().PageCount);
    }
}

using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Content controls (w:sdt) at block, run, row and cell level are read through.</summary>
public sealed class DocxContentControlTests
{
    private static string Sdt(string alias, string content) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{alias}\"/><w:tag w:val=\"{alias}\"/><w:id w:val=\"123456\"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>";

    [Fact]
    public void BlockLevelContentControlParagraphsAreRead()
    {
        var document = new DocxPackage { Body = P(R("Mở đầu")) + Sdt("NoiDung", P(R("Đoạn trong điều khiển")) + P(R("Đoạn thứ hai"))) + P(R("Kết thúc")) }.Read();

        Assert.Equal(
            ["Mở đầu", "Đoạn trong điều khiển", "Đoạn thứ hai", "Kết thúc"],
            document.Blocks.Select(b => Assert.IsType<LayoutParagraph>(b).Text));
    }

    [Fact]
    public void RunLevelContentControlTextIsRead()
    {
        var document = new DocxPackage { Body = P(R("Kính gửi: "), Sdt("NoiNhan", R("Sở Nội vụ", "<w:b/>")), R(" tỉnh")) }.Read();

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks));
        Assert.Equal("Kính gửi: Sở Nội vụ tỉnh", paragraph.Text);
        Assert.True(paragraph.Runs.Single(r => r.Text == "Sở Nội vụ").Format.Bold);
    }

    [Fact]
    public void ContentControlAroundATableIsRead()
    {
        var document = new DocxPackage { Body = Sdt("Bang", Table(1, Row(Cell("Trong bảng")))) }.Read();

        Assert.Equal("Trong bảng", Assert.IsType<LayoutTable>(Assert.Single(document.Blocks)).Rows[0][0].Text);
    }

    [Fact]
    public void RowAndCellContentControlsAreRead()
    {
        var table = Table(2, Row(Cell("A"), Sdt("O", Cell("B"))), Sdt("Hang", Row(Cell("C"), Cell("D"))));

        var read = Assert.IsType<LayoutTable>(Assert.Single(new DocxPackage { Body = table }.Read().Blocks));

        Assert.Equal([["A", "B"], ["C", "D"]], read.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public void PlaceholderTextShownByAContentControlIsRead()
    {
        var sdt = "<w:sdt><w:sdtPr><w:id w:val=\"7\"/><w:placeholder><w:docPart w:val=\"DefaultPlaceholder_1\"/></w:placeholder><w:showingPlcHdr/></w:sdtPr>" +
                  "<w:sdtContent>" + R("Nhập tên đơn vị", "<w:rStyle w:val=\"PlaceholderText\"/>") + "</w:sdtContent></w:sdt>";

        var document = new DocxPackage { Body = P(R("Đơn vị: "), sdt) }.Read();

        Assert.Equal("Đơn vị: Nhập tên đơn vị", Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Text);
    }
}

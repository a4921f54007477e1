using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Text boxes are read once (the DrawingML choice, not the VML fallback), right after their anchoring paragraph.</summary>
public sealed class DocxTextBoxTests
{
    private static string TextBoxContent(string[] paragraphs) => "<w:txbxContent>" + string.Concat(paragraphs.Select(p => P(R(p)))) + "</w:txbxContent>";

    /// <summary>A floating text box run as Word 2010+ writes it: a wps shape in mc:Choice and a VML copy in mc:Fallback.</summary>
    private static string TextBoxRun(params string[] paragraphs) =>
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>" +
        "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"1828800\" cy=\"457200\"/>" +
        "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Hộp văn bản 1\"/><wp:cNvGraphicFramePr/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>" +
        "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1828800\" cy=\"457200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>" +
        "<wps:txbx>" + TextBoxContent(paragraphs) + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        "<mc:Fallback><w:pict><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"/>" +
        "<v:shape id=\"HopVanBan1\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\" style=\"position:absolute;width:144pt;height:36pt\">" +
        "<v:textbox>" + TextBoxContent(paragraphs) + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    /// <summary>An older VML-only text box (no mc:AlternateContent), as Word 2003 or converters write it.</summary>
    private static string VmlTextBoxRun(params string[] paragraphs) =>
        "<w:r><w:pict><v:shape id=\"HopVanBan2\" type=\"#_x0000_t202\" style=\"position:absolute;width:144pt;height:36pt\">" +
        "<v:textbox>" + TextBoxContent(paragraphs) + "</v:textbox></v:shape></w:pict></w:r>";

    private static string[] Texts(IEnumerable<LayoutBlock> blocks) => blocks.Select(b => Assert.IsType<LayoutParagraph>(b).Text).ToArray();

    [Fact]
    public void TextBoxIsReadOnceAfterItsAnchoringParagraph()
    {
        var document = new DocxPackage
        {
            Body = P(R("Ủy ban nhân dân xã"), TextBoxRun("Dự thảo", "Lần 2")) + P(R("Báo cáo tổng kết")),
        }.Read();

        Assert.Equal(["Ủy ban nhân dân xã", "Dự thảo", "Lần 2", "Báo cáo tổng kết"], Texts(document.Blocks));
    }

    [Fact]
    public void AnchoringParagraphTextDoesNotIncludeTheTextBox()
    {
        var document = new DocxPackage { Body = P(R("Trước "), TextBoxRun("Trong khung"), R("sau")) }.Read();

        Assert.Equal("Trước sau", Assert.IsType<LayoutParagraph>(document.Blocks[0]).Text);
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void VmlOnlyTextBoxIsReadOnce()
    {
        var document = new DocxPackage { Body = P(R("Neo"), VmlTextBoxRun("Mẫu số 01")) + P(R("Tiếp")) }.Read();

        Assert.Equal(["Neo", "Mẫu số 01", "Tiếp"], Texts(document.Blocks));
    }

    [Fact]
    public void TextBoxInATableCellStaysInTheCell()
    {
        var document = new DocxPackage { Body = Table(1, Row(CellOf(string.Empty, P(R("Ô bảng"), TextBoxRun("Ghi chú trong ô"))))) }.Read();

        var cell = Assert.IsType<LayoutTable>(Assert.Single(document.Blocks)).Rows[0][0];
        Assert.Equal(["Ô bảng", "Ghi chú trong ô"], Texts(cell.Content));
    }
}

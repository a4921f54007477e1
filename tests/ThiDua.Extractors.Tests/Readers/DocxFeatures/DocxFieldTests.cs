using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Fields show their result, never their instruction; hyperlinks keep their text.</summary>
public sealed class DocxFieldTests
{
    private static string Begin => RawRun("<w:fldChar w:fldCharType=\"begin\"/>");

    private static string Separate => RawRun("<w:fldChar w:fldCharType=\"separate\"/>");

    private static string End => RawRun("<w:fldChar w:fldCharType=\"end\"/>");

    private static string Instruction(string code) => RawRun("<w:instrText xml:space=\"preserve\">" + code + "</w:instrText>");

    private static string ReadText(string body) => Assert.IsType<LayoutParagraph>(Assert.Single(new DocxPackage { Body = body }.Read().Blocks)).Text;

    [Fact]
    public void ComplexFieldShowsOnlyItsResult()
    {
        var text = ReadText(P(R("Ngày "), Begin, Instruction(" DATE \\@ \"dd/MM/yyyy\" "), Separate, R("15/12/2024"), End, R(" tại Hà Nội")));

        Assert.Equal("Ngày 15/12/2024 tại Hà Nội", text);
    }

    [Fact]
    public void InstructionSplitOverSeveralRunsStaysHidden()
    {
        var text = ReadText(P(Begin, Instruction(" REF "), Instruction("_Ref123 "), Instruction("\\h "), Separate, R("Biểu số 02"), End));

        Assert.Equal("Biểu số 02", text);
    }

    [Fact]
    public void FieldNestedInAnInstructionIsHidden()
    {
        var text = ReadText(P(
            R("Xếp loại: "),
            Begin,
            Instruction(" IF "),
            Begin,
            Instruction(" MERGEFIELD DiemSo "),
            Separate,
            R("95"),
            End,
            Instruction(" >= 90 \"Xuất sắc\" \"Tốt\" "),
            Separate,
            R("Xuất sắc"),
            End));

        Assert.Equal("Xếp loại: Xuất sắc", text);
    }

    [Fact]
    public void FieldNestedInAResultShowsItsResult()
    {
        var text = ReadText(P(
            Begin,
            Instruction(" HYPERLINK \\l \"_Toc1\" "),
            Separate,
            R("Phần I - trang "),
            Begin,
            Instruction(" PAGEREF _Toc1 \\h "),
            Separate,
            R("3"),
            End,
            End,
            R(".")));

        Assert.Equal("Phần I - trang 3.", text);
    }

    [Fact]
    public void SimpleFieldShowsItsResult()
    {
        var text = ReadText(P(R("Tổng số: "), "<w:fldSimple w:instr=\" DOCPROPERTY SoDonVi \\* MERGEFORMAT \">" + R("27") + "</w:fldSimple>", R(" đơn vị")));

        Assert.Equal("Tổng số: 27 đơn vị", text);
    }

    [Fact]
    public void HyperlinkKeepsItsText()
    {
        var link = $"<w:hyperlink r:id=\"{DocxPackage.HyperlinkRelationshipId}\" w:history=\"1\">" + R("Cổng thông tin", "<w:rStyle w:val=\"Hyperlink\"/>") + "</w:hyperlink>";

        var text = ReadText(P(R("Xem tại "), link, R(".")));

        Assert.Equal("Xem tại Cổng thông tin.", text);
    }

    [Fact]
    public void InternalHyperlinkKeepsItsText()
    {
        var link = "<w:hyperlink w:anchor=\"_Toc2\" w:history=\"1\">" + R("Phụ lục II") + "</w:hyperlink>";

        Assert.Equal("Chi tiết tại Phụ lục II", ReadText(P(R("Chi tiết tại "), link)));
    }

    [Fact]
    public void FieldResultKeepsItsFormatting()
    {
        var document = new DocxPackage { Body = P(Begin, Instruction(" PAGE "), Separate, R("12", "<w:b/>"), End) }.Read();

        var run = Assert.Single(Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs);
        Assert.Equal(("12", true), (run.Text, run.Format.Bold));
    }

    [Fact]
    public void FieldWithoutAResultShowsNothing()
    {
        var text = ReadText(P(R("Thi đua"), Begin, Instruction(" XE \"Thi đua\" "), End, R(" yêu nước")));

        Assert.Equal("Thi đua yêu nước", text);
    }

    [Fact]
    public void FieldResultRunningOverSeveralParagraphsIsShownInEach()
    {
        var body =
            P(Begin, Instruction(" TOC \\o \"1-3\" \\h "), Separate, R("Phần I\t1")) +
            P(R("Phần II\t5")) +
            P(R("Phần III\t9"), End) +
            P(R("Nội dung"));

        var texts = new DocxPackage { Body = body }.Read().Blocks.Select(b => Assert.IsType<LayoutParagraph>(b).Text);

        Assert.Equal(["Phần I\t1", "Phần II\t5", "Phần III\t9", "Nội dung"], texts);
    }
}

using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Automatic numbering (w:numPr) rendered to ListLabel.</summary>
public sealed class DocxNumberingTests
{
    private static string Level(int index, string format, string text, int start = 1, string runProperties = "") =>
        $"<w:lvl w:ilvl=\"{index}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>" +
        "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr>" + (runProperties.Length > 0 ? "<w:rPr>" + runProperties + "</w:rPr>" : string.Empty) + "</w:lvl>";

    private static string AbstractNum(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + string.Concat(levels) + "</w:abstractNum>";

    private static string Num(int numId, int abstractId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    /// <summary>The list labels of the body paragraphs, "(none)" where a paragraph has none.</summary>
    private static string[] Labels(LayoutDocument document) => document.Blocks.OfType<LayoutParagraph>().Select(p => p.Format.ListLabel ?? "(none)").ToArray();

    [Fact]
    public void DecimalListCountsUp()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1.")) + Num(1, 0),
            Body = ListItem(1, 0, "Công tác tuyên truyền") + ListItem(1, 0, "Công tác khen thưởng") + ListItem(1, 0, "Công tác kiểm tra"),
        }.Read();

        Assert.Equal(["1.", "2.", "3."], Labels(document));
    }

    [Fact]
    public void LabelIsNotPartOfTheText()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1.")) + Num(1, 0),
            Body = ListItem(1, 0, "Công tác tuyên truyền"),
        }.Read();

        Assert.Equal("Công tác tuyên truyền", Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void MultiLevelLabelsJoinTheParentCounters()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1."), Level(1, "decimal", "%1.%2.")) + Num(1, 0),
            Body = ListItem(1, 0, "Kết quả") + ListItem(1, 1, "Khối thi đua") + ListItem(1, 1, "Cụm thi đua"),
        }.Read();

        Assert.Equal(["1.", "1.1.", "1.2."], Labels(document));
    }

    [Fact]
    public void ChildCountersRestartUnderANewParent()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1."), Level(1, "decimal", "%1.%2.")) + Num(1, 0),
            Body = ListItem(1, 0, "Một") + ListItem(1, 1, "Một một") + ListItem(1, 1, "Một hai") + ListItem(1, 0, "Hai") + ListItem(1, 1, "Hai một"),
        }.Read();

        Assert.Equal(["1.", "1.1.", "1.2.", "2.", "2.1."], Labels(document));
    }

    [Fact]
    public void UpperRomanDecimalAndLowerLetterLevelsAsInVietnameseReports()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "upperRoman", "%1."), Level(1, "decimal", "%2."), Level(2, "lowerLetter", "%3)")) + Num(1, 0),
            Body = ListItem(1, 0, "Đặc điểm tình hình") + ListItem(1, 1, "Thuận lợi") + ListItem(1, 2, "Về tổ chức") + ListItem(1, 2, "Về nhân sự") +
                   ListItem(1, 1, "Khó khăn") + ListItem(1, 0, "Kết quả thực hiện") + ListItem(1, 1, "Tuyên truyền"),
        }.Read();

        Assert.Equal(["I.", "1.", "a)", "b)", "2.", "II.", "1."], Labels(document));
    }

    [Fact]
    public void UpperRomanGoesPastThree()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "upperRoman", "%1.")) + Num(1, 0),
            Body = string.Concat(Enumerable.Range(1, 4).Select(i => ListItem(1, 0, "Phần " + i))),
        }.Read();

        Assert.Equal(["I.", "II.", "III.", "IV."], Labels(document));
    }

    [Fact]
    public void LowerLetterWithParenthesis()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "lowerLetter", "%1)")) + Num(1, 0),
            Body = ListItem(1, 0, "Tập thể") + ListItem(1, 0, "Cá nhân"),
        }.Read();

        Assert.Equal(["a)", "b)"], Labels(document));
    }

    [Fact]
    public void DashBulletStaysADash()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "bullet", "-", runProperties: "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:hint=\"default\"/>")) + Num(1, 0),
            Body = ListItem(1, 0, "Phòng Nội vụ;") + ListItem(1, 0, "Phòng Tư pháp."),
        }.Read();

        Assert.Equal(["-", "-"], Labels(document));
    }

    [Fact]
    public void SymbolFontBulletReadsAsABulletCharacter()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "bullet", "\uF0B7", runProperties: "<w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:hint=\"default\"/>")) + Num(1, 0),
            Body = ListItem(1, 0, "Nội dung gạch đầu dòng"),
        }.Read();

        Assert.Equal(["•"], Labels(document));
    }

    [Fact]
    public void StartValueOfTheLevelIsUsed()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1.", start: 3)) + Num(1, 0),
            Body = ListItem(1, 0, "Ba") + ListItem(1, 0, "Bốn"),
        }.Read();

        Assert.Equal(["3.", "4."], Labels(document));
    }

    [Fact]
    public void StartOverrideRestartsTheCounterForItsInstance()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1.")) + Num(1, 0) +
                        Num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>"),
            Body = ListItem(1, 0, "Một") + ListItem(1, 0, "Hai") + ListItem(2, 0, "Năm") + ListItem(2, 0, "Sáu"),
        }.Read();

        Assert.Equal(["1.", "2.", "5.", "6."], Labels(document));
    }

    [Fact]
    public void StartOverrideOfOneRestartsAListThatWasAlreadyCounting()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "lowerLetter", "%1)")) + Num(1, 0) +
                        Num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>"),
            Body = ListItem(1, 0, "Một") + ListItem(1, 0, "Hai") + P(R("Mục mới")) + ListItem(2, 0, "Lại một"),
        }.Read();

        Assert.Equal(["a)", "b)", "(none)", "a)"], Labels(document));
    }

    [Fact]
    public void NumIdZeroMeansNoNumber()
    {
        var document = new DocxPackage
        {
            Numbering = AbstractNum(0, Level(0, "decimal", "%1.")) + Num(1, 0),
            Body = ListItem(0, 0, "Không đánh số"),
        }.Read();

        Assert.Equal(["(none)"], Labels(document));
    }

    [Fact]
    public void NumberingFromAParagraphStyleIsRendered()
    {
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"MucLon\"><w:name w:val=\"Mục lớn\"/>" +
                     "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var document = new DocxPackage
        {
            Styles = styles,
            Numbering = AbstractNum(0, Level(0, "upperRoman", "%1.")) + Num(1, 0),
            Body = PWith("<w:pStyle w:val=\"MucLon\"/>", R("Tình hình chung")) + PWith("<w:pStyle w:val=\"MucLon\"/>", R("Nhiệm vụ")),
        }.Read();

        Assert.Equal(["I.", "II."], Labels(document));
    }

    [Fact]
    public void DirectLevelCombinesWithTheNumIdOfTheParagraphStyle()
    {
        // ECMA-376 17.3.1.19: a numPr without numId takes the numbering instance from the paragraph style.
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"DoanDanhSach\"><w:name w:val=\"Đoạn danh sách\"/>" +
                     "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var document = new DocxPackage
        {
            Styles = styles,
            Numbering = AbstractNum(0, Level(0, "decimal", "%1."), Level(1, "lowerLetter", "%2)")) + Num(1, 0),
            Body = PWith("<w:pStyle w:val=\"DoanDanhSach\"/>", R("Khối cơ quan")) +
                   PWith("<w:pStyle w:val=\"DoanDanhSach\"/><w:numPr><w:ilvl w:val=\"1\"/></w:numPr>", R("Sở Nội vụ")),
        }.Read();

        Assert.Equal(["1.", "a)"], Labels(document));
    }

    [Fact]
    public void ListLinkedToAListStyleTakesTheLevelsOfThatStyle()
    {
        // Word writes lists made from a list style as an abstractNum with only numStyleLink; the levels live in the
        // abstractNum whose styleLink names the style, reached through the style's numId.
        var styles = "<w:style w:type=\"numbering\" w:customStyle=\"1\" w:styleId=\"DanhSachBaoCao\"><w:name w:val=\"Danh sách báo cáo\"/>" +
                     "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var numbering =
            "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/><w:styleLink w:val=\"DanhSachBaoCao\"/>" +
            Level(0, "upperRoman", "%1.") + Level(1, "decimal", "%2.") + "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/><w:numStyleLink w:val=\"DanhSachBaoCao\"/></w:abstractNum>" +
            Num(1, 0) + Num(2, 1);
        var document = new DocxPackage
        {
            Styles = styles,
            Numbering = numbering,
            Body = ListItem(2, 0, "Kết quả") + ListItem(2, 1, "Tuyên truyền") + ListItem(2, 0, "Phương hướng"),
        }.Read();

        Assert.Equal(["I.", "1.", "II."], Labels(document));
    }
}

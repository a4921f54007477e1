using ThiDua.Extractors.Layout;
using static ThiDua.Extractors.Tests.Readers.DocxFeatures.Wml;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>Run formatting: direct bold/italic/superscript/size, and formatting inherited from styles and document defaults.</summary>
public sealed class DocxRunFormattingTests
{
    private const string Styles =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"TieuDe\"><w:name w:val=\"Tiêu đề báo cáo\"/><w:basedOn w:val=\"Normal\"/>" +
        "<w:pPr><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"TieuDeCon\"><w:name w:val=\"Tiêu đề con\"/><w:basedOn w:val=\"TieuDe\"/>" +
        "<w:rPr><w:i/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:styleId=\"ChiSoTren\"><w:name w:val=\"Chỉ số trên\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>";

    [Fact]
    public void DirectFormattingGivesOneRunPerFormat()
    {
        var document = new DocxPackage
        {
            Body = P(
                R("Báo cáo "),
                R("tổng kết", "<w:b/>"),
                R(" công tác", "<w:i/>"),
                R("2", "<w:vertAlign w:val=\"superscript\"/>"),
                R(" năm 2024", "<w:sz w:val=\"26\"/>")),
        }.Read();

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks));
        Assert.Equal("Báo cáo tổng kết công tác2 năm 2024", paragraph.Text);
        Assert.Equal(
            [
                new LayoutRun("Báo cáo ", new RunFormat(false, false, false, null)),
                new LayoutRun("tổng kết", new RunFormat(true, false, false, null)),
                new LayoutRun(" công tác", new RunFormat(false, true, false, null)),
                new LayoutRun("2", new RunFormat(false, false, true, null)),
                new LayoutRun(" năm 2024", new RunFormat(false, false, false, 13)),
            ],
            paragraph.Runs);
    }

    [Fact]
    public void NeighbouringRunsOfTheSameFormatMerge()
    {
        var document = new DocxPackage { Body = P(R("Thi đua ", "<w:b/>"), R("khen thưởng", "<w:b/>")) }.Read();

        var run = Assert.Single(Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs);
        Assert.Equal("Thi đua khen thưởng", run.Text);
        Assert.True(run.Format.Bold);
    }

    [Fact]
    public void BoldIsInheritedFromAParagraphStyleThroughBasedOn()
    {
        var document = new DocxPackage { Styles = Styles, Body = PWith("<w:pStyle w:val=\"TieuDeCon\"/>", R("Phần thứ nhất")) }.Read();

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks));
        var run = Assert.Single(paragraph.Runs);
        Assert.Equal(new RunFormat(true, true, false, 16), run.Format);
        Assert.Equal("Tiêu đề con", paragraph.Format.StyleName);
    }

    [Fact]
    public void AlignmentAndOutlineLevelAreInheritedThroughBasedOn()
    {
        var document = new DocxPackage { Styles = Styles, Body = PWith("<w:pStyle w:val=\"TieuDeCon\"/>", R("Phần thứ hai")) }.Read();

        var format = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Format;
        Assert.Equal(ParagraphAlignment.Center, format.Alignment);
        Assert.Equal(0, format.OutlineLevel);
    }

    [Fact]
    public void DirectBoldOffOverridesTheStyle()
    {
        var document = new DocxPackage { Styles = Styles, Body = PWith("<w:pStyle w:val=\"TieuDe\"/>", R("Không đậm", "<w:b w:val=\"0\"/>"), R(" đậm")) }.Read();

        var runs = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs;
        Assert.Equal(2, runs.Count);
        Assert.False(runs[0].Format.Bold);
        Assert.True(runs[1].Format.Bold);
    }

    [Fact]
    public void BoldAndSizeComeFromDocDefaults()
    {
        var styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:rPrDefault></w:docDefaults>" +
                     "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
        var document = new DocxPackage { Styles = styles, Body = P(R("Ủy ban nhân dân tỉnh")) }.Read();

        var run = Assert.Single(Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs);
        Assert.Equal(new RunFormat(true, false, false, 13), run.Format);
    }

    [Fact]
    public void DefaultParagraphStyleAppliesToParagraphsWithoutPStyle()
    {
        var styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:i/><w:sz w:val=\"24\"/></w:rPr></w:style>";
        var document = new DocxPackage { Styles = styles, Body = P(R("Kính gửi: Hội đồng Thi đua")) }.Read();

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks));
        Assert.Equal(new RunFormat(false, true, false, 12), Assert.Single(paragraph.Runs).Format);
    }

    [Fact]
    public void CharacterStyleGivesSuperscript()
    {
        var document = new DocxPackage { Styles = Styles, Body = P(R("m"), R("2", "<w:rStyle w:val=\"ChiSoTren\"/>")) }.Read();

        var runs = Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs;
        Assert.False(runs[0].Format.Superscript);
        Assert.True(runs[1].Format.Superscript);
        Assert.Equal(14, runs[1].Format.FontSize);
    }

    [Fact]
    public void ParagraphMarkFormattingDoesNotApplyToRuns()
    {
        var document = new DocxPackage { Body = PWith("<w:rPr><w:b/><w:sz w:val=\"40\"/></w:rPr>", R("Nội dung thường")) }.Read();

        var run = Assert.Single(Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs);
        Assert.Equal(RunFormat.Plain, run.Format);
    }

    [Fact]
    public void HalfPointSizesAreKept()
    {
        var document = new DocxPackage { Body = P(R("Cỡ chữ lẻ", "<w:sz w:val=\"27\"/>")) }.Read();

        Assert.Equal(13.5, Assert.Single(Assert.IsType<LayoutParagraph>(Assert.Single(document.Blocks)).Runs).Format.FontSize);
    }
}

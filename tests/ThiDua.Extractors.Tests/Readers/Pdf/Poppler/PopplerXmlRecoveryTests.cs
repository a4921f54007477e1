using System.Text;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Tests.Readers.Pdf.Poppler;

/// <summary>pdftohtml's crossed inline markup (seen on a real 43-page report) is mended, not reported as a corrupt file.</summary>
public sealed class PopplerXmlRecoveryTests
{
    [Theory]
    [InlineData("<text top=\"1\" font=\"1\"><b>cơ quan <i>(phần ba):</b> </i></text>", "<text top=\"1\" font=\"1\"><b>cơ quan <i>(phần ba):</i></b><i> </i></text>")]
    [InlineData("<text top=\"1\"><i>a</i></b> b</text>", "<text top=\"1\"><i>a</i> b</text>")]
    [InlineData("<text top=\"1\"><b>open", "<text top=\"1\"><b>open")]
    [InlineData("<text top=\"1\"><b>a</text>", "<text top=\"1\"><b>a</b></text>")]
    [InlineData("<page number=\"1\">", "<page number=\"1\">")]
    public void Balances_the_inline_tags_of_a_text_element(string line, string expected) =>
        Assert.Equal(expected, TagBalancer.Balance(line));

    [Fact]
    public void Crossed_bold_and_italic_parse_into_chunks_with_both_formats()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler">
            <page number="1" top="0" left="0" height="1684" width="1190">
            <fontspec id="1" size="26" family="Times" color="#000000"/>
            <text top="100" left="100" width="400" height="30" font="1"><b>cơ quan, địa phương <i>(Nội dung):</b> </i></text>
            <text top="140" left="100" width="400" height="30" font="1">tiếp theo</text>
            </page>
            </pdf2xml>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml.Trim()));
        var pages = new PopplerXmlParser(2).Parse(stream);

        var chunks = Assert.Single(pages).Chunks;
        Assert.Equal("cơ quan, địa phương (Nội dung): tiếp theo", string.Concat(chunks.Take(3).Select(c => c.Text)).Trim() + " " + chunks[^1].Text);
        Assert.True(chunks[0].Bold && !chunks[0].Italic);
        Assert.True(chunks[1].Bold && chunks[1].Italic);
        Assert.Equal(13, chunks[0].FontSize);
        Assert.Equal("Times", chunks[0].FontName);
    }

    [Fact]
    public void Markup_broken_past_mending_keeps_the_pages_before_it()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler">
            <page number="1" top="0" left="0" height="1684" width="1190">
            <text top="100" left="100" width="400" height="30" font="1">trang một</text>
            </page>
            <page number="2" top="0" left="0" height="1684" width="1190">
            <text top="100" left="100" width="400" height="30" font="1">trang <hai
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml.Trim()));
        var pages = new PopplerXmlParser(2).Parse(stream);

        Assert.Equal("trang một", Assert.Single(pages[0].Chunks).Text);
    }
}

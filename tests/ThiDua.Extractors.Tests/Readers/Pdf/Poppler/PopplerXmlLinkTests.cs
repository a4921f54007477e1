using System.Text;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Tests.Readers.Pdf.Poppler;

/// <summary>pdftohtml writes a link annotation to a page of the same file as <c>&lt;a href="name.html#PAGE"&gt;</c> around its text.</summary>
public sealed class PopplerXmlLinkTests
{
    [Fact]
    public void An_internal_link_covers_its_text_and_leads_to_its_page_and_an_outside_link_gives_none()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler">
            <page number="2" top="0" left="0" height="1684" width="1190">
            <fontspec id="0" size="28" family="Times" color="#000000"/>
            <fontspec id="2" size="16" family="Times" color="#000080"/>
            <text top="84" left="136" width="60" height="30" font="0">giao</text>
            <text top="80" left="196" width="8" height="16" font="2"><a href="002.html#13">4</a></text>
            <text top="124" left="136" width="300" height="30" font="0">xem <a href="https://example.org/#3">trang web</a></text>
            </page>
            </pdf2xml>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml.Trim()));
        var page = Assert.Single(new PopplerXmlParser(2).Parse(stream));

        var link = Assert.Single(page.Links);
        Assert.Equal(13, link.TargetPage);
        Assert.Null(link.TargetTop);
        var marker = Assert.Single(page.Chunks, c => c.Text == "4");
        Assert.True(link.Covers(marker));
        Assert.DoesNotContain(page.Chunks.Where(c => c != marker), link.Covers);
    }
}

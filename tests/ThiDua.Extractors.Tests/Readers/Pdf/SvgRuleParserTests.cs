using System.Text;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

public sealed class SvgRuleParserTests
{
    [Fact]
    public void KeepsStrokedAndThinFilledRulesInPageCoordinatesAndSkipsGlyphs()
    {
        const string svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="595pt" height="842pt">
            <defs><g><symbol id="glyph0-1"><path style="stroke:none;" d="M 0 0 L 5 0 L 5 -1 Z"/></symbol></g></defs>
            <pageSet>
            <page>
            <path style="fill:none;stroke:rgb(0%,0%,0%);" d="M 10 100 L 110 100 " transform="matrix(1,0,0,-1,0,842)"/>
            <g transform="translate(5,0)"><path style="fill-rule:nonzero;fill:rgb(0%,0%,0%);" d="M 50 200 L 50.5 200 L 50.5 300 L 50 300 Z"/></g>
            <path style="fill:none;stroke:rgb(0%,0%,0%);" d="M 0 0 C 1 1 2 2 3 3"/>
            </page>
            <page><path style="fill:none;stroke:rgb(0%,0%,0%);" d="M 20 30 L 20 90"/></page>
            </pageSet>
            </svg>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(svg.Trim()));
        var pages = new SvgRuleParser(7).Parse(stream);

        Assert.Equal([7, 8], pages.Keys.Order());
        Assert.Equal(2, pages[7].Count);
        var h = pages[7][0];
        Assert.True(h.IsHorizontal);
        Assert.Equal((10, 742, 110, 742), (h.X0, h.Y0, h.X1, h.Y1));
        var v = pages[7][1];
        Assert.False(v.IsHorizontal);
        Assert.Equal(55.25, v.X0, 3);
        Assert.Equal((200, 300), (v.Y0, v.Y1));
        Assert.Single(pages[8]);
    }
}

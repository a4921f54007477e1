using ThiDua.Ingest.Web.Pages;
using ThiDua.Ingest.Web.Rendering;

namespace ThiDua.Web.Tests.Rendering;

public sealed class HtmlBuilderTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("Tổng số hồ sơ & tỷ lệ", "Tổng số hồ sơ &amp; tỷ lệ")]
    public void Every_hole_is_escaped_and_vietnamese_letters_stay(string text, string expected)
    {
        var html = new HtmlBuilder().Append($"<p title=\"{text}\">{text}</p>").ToString();
        Assert.Equal($"<p title=\"{expected}\">{expected}</p>", html);
    }

    [Fact]
    public void Markup_built_by_our_code_is_not_escaped_and_numbers_are_written_the_vietnamese_way()
    {
        var inner = new HtmlBuilder().Append($"<b>{"<x>"}</b>");
        var html = new HtmlBuilder().Append($"<div>{inner}{new Markup("<br>")}{10994.5m:#,##0.#}</div>").ToString();
        Assert.Equal("<div><b>&lt;x&gt;</b><br>10.994,5</div>", html);
    }

    [Fact]
    public void Annotated_text_wraps_flags_and_the_figures_inside_them_and_escapes_the_rest()
    {
        const string text = "Tiếp nhận 10.994 hồ sơ <gồm> 2.190 và 8.943";
        var flag = new TextMark(text.IndexOf("10.994", StringComparison.Ordinal), "10.994 hồ sơ".Length, "mark", "class=\"flag\"");
        var inside = new TextMark(text.IndexOf("10.994", StringComparison.Ordinal), 6, "span", "class=\"fig\"");
        var outside = new TextMark(text.IndexOf("2.190", StringComparison.Ordinal), 5, "span", "class=\"fig\"");
        var crossing = new TextMark(text.IndexOf("hồ sơ", StringComparison.Ordinal), 8, "span", "class=\"fig\"");
        var html = new HtmlBuilder();
        AnnotatedText.Write(html, text, [flag], [inside, crossing, outside]);
        Assert.Equal(
            "Tiếp nhận <mark class=\"flag\"><span class=\"fig\">10.994</span> hồ sơ</mark> &lt;gồm&gt; <span class=\"fig\">2.190</span> và 8.943",
            html.ToString());
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>Layout rules on synthetic pages, independent of any engine.</summary>
public sealed class LayoutRuleTests
{
    private static PdfTextChunk Chunk(double left, double top, string text, double size = 13, bool bold = false, double? width = null) =>
        new(left, top, width ?? text.Length * size * 0.45, size * 1.3, text, size, bold, false);

    private static PdfPageText Page(int number, params PdfTextChunk[] chunks) => new(number, 595, 842, chunks);

    private const string Body = "Nội dung thân bài của báo cáo đủ dài để là một dòng đầy đủ của trang văn bản này";

    /// <summary>A full body line, then a line citing note 1 with a raised 8-point marker.</summary>
    private static PdfTextChunk[] BodyCitingNote1() =>
    [
        Chunk(85, 200, Body, width: 452),
        Chunk(85, 217, "và công tác khen thưởng đã được triển khai theo Quyết định", width: 330),
        Chunk(416, 215, "1", size: 8),
        Chunk(421, 217, " của huyện.", width: 60),
    ];

    [Theory]
    [InlineData("120 m", "2", "²")]
    [InlineData("5 km", "2", "²")]
    [InlineData("30 m", "3", "³")]
    [InlineData("23 mốc", "2", null)]
    [InlineData("120 m", "4", null)]
    public void UnitPowers(string before, string sup, string? expected) => Assert.Equal(expected, UnitPower.Rewrite(before, sup));

    [Theory]
    [InlineData("kết quả tốt.", true)]
    [InlineData("như sau:", true)]
    [InlineData("(xem Phụ lục)", false)]
    [InlineData("đạt kết quả", false)]
    [InlineData("“đạt.”", true)]
    public void SentenceEnds(string text, bool ends) => Assert.Equal(ends, PageJoiner.EndsSentence(text));

    [Fact]
    public void RemovesRunningHeadersAndPageNumbers()
    {
        var pages = Enumerable.Range(1, 3).Select(n => Page(n,
            Chunk(250, 30, "UBND XÃ THANH LÒA"),
            Chunk(290, 50, n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Chunk(85, 200, "Nội dung trang " + n + " của báo cáo, đủ dài để là đoạn văn thân bài.", width: 452),
            Chunk(85, 800, "Báo cáo tổng kết năm 2023 - trang " + n))).ToList();
        var doc = PdfLayoutBuilder.Build(pages, 3);
        var texts = doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, t => Assert.StartsWith("Nội dung trang", t, StringComparison.Ordinal));
    }

    [Fact]
    public void JoinsHyphenatedLinesAndSplitsOnIndent()
    {
        var page = Page(1,
            Chunk(114, 100, "Thi đua là động lực phát triển của cộng đồng, khen thưởng kịp thời là đòn", width: 423),
            Chunk(85, 115, "bẩy; công tác được quan tâm chỉ đạo thường xuyên của cấp ủy, chính quyền các cấp theo Nghị quyết 33-", width: 452),
            Chunk(85, 130, "NQ/TW và đạt kết quả.", width: 100),
            Chunk(114, 145, "Đoạn sau thụt đầu dòng, bắt đầu một đoạn mới có nhiều chữ hơn hẳn một dòng ngắn", width: 423),
            Chunk(85, 160, "và kết thúc ở đây.", width: 90));
        var doc = PdfLayoutBuilder.Build([page], 1);
        var ps = doc.Blocks.OfType<LayoutParagraph>().ToList();
        Assert.Equal(2, ps.Count);
        Assert.Contains("Nghị quyết 33-NQ/TW và", ps[0].Text, StringComparison.Ordinal);
        Assert.Contains("là đòn bẩy;", ps[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("đạt kết quả.", ps[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Đoạn sau", ps[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BoldLineIsItsOwnParagraph()
    {
        var page = Page(1,
            Chunk(85, 100, "1. Kết quả", bold: true),
            Chunk(85, 115, "Nội dung ngay dưới tiêu đề, dòng đầy đủ đến lề phải của trang văn bản.", width: 452));
        var ps = PdfLayoutBuilder.Build([page], 1).Blocks.OfType<LayoutParagraph>().ToList();
        Assert.Equal(2, ps.Count);
        Assert.True(ps[0].Runs.All(r => r.Format.Bold));
    }

    [Fact]
    public void TextDrawnTwiceIsKeptOnce()
    {
        var page = Page(1, Chunk(85, 100, "Khen thưởng", bold: true), Chunk(85.4, 100, "Khen thưởng", bold: true));
        var p = Assert.Single(PdfLayoutBuilder.Build([page], 1).Blocks.OfType<LayoutParagraph>());
        Assert.Equal("Khen thưởng", p.Text);
    }

    [Fact]
    public void RuledGridWithMergedHeaderCell()
    {
        // Columns at x 100 | 200 | 300 | 400; rows at y 100 | 120 | 140 | 160. Header "Số lượng" spans the two right
        // columns (no vertical rule at x 300 in the first row); "TT" spans the two header rows.
        var rules = new List<PdfRule>
        {
            new(100, 100, 400, 100), new(200, 120, 400, 120), new(100, 140, 400, 140), new(100, 160, 400, 160),
            new(100, 100, 100, 160), new(200, 100, 200, 160), new(300, 120, 300, 160), new(400, 100, 400, 160),
        };
        var page = Page(1,
            Chunk(140, 110, "TT", size: 12, bold: true, width: 15),
            Chunk(270, 102, "Số lượng", size: 12, bold: true, width: 50),
            Chunk(230, 122, "Tập thể", size: 12, bold: true, width: 40),
            Chunk(330, 122, "Cá nhân", size: 12, bold: true, width: 40),
            Chunk(140, 142, "1", size: 12, width: 6),
            Chunk(240, 142, "5", size: 12, width: 6),
            Chunk(340, 142, "7", size: 12, width: 6));
        var doc = PdfLayoutBuilder.Build([page], _ => new Dictionary<int, IReadOnlyList<PdfRule>> { [1] = rules }, 1);
        var table = Assert.Single(doc.Blocks.OfType<LayoutTable>());
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["TT", "Số lượng"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(2, table.Rows[0][0].RowSpan);
        Assert.Equal(2, table.Rows[0][1].ColSpan);
        Assert.Equal(["Tập thể", "Cá nhân"], table.Rows[1].Select(c => c.Text));
        Assert.Equal(["1", "5", "7"], table.Rows[2].Select(c => c.Text));
    }

    /// <summary>
    /// Notes smaller than the body (11 under 13) at the page foot, cited by a raised 8-point marker, running
    /// over two paragraphs and on to the next page's foot: one footnote, linked, with all its text.
    /// </summary>
    [Fact]
    public void Finds_notes_smaller_than_the_body_over_paragraphs_and_pages()
    {
        var first = Page(1, [.. BodyCitingNote1(),
            Chunk(85, 234, Body, width: 452),
            Chunk(85, 251, Body + ".", width: 452),
            Chunk(85, 740, "1 Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện về công tác thi đua khen thưởng năm", size: 11, width: 452),
            Chunk(85, 755, "2023, gồm các nội dung chính.", size: 11, width: 170),
            Chunk(114, 770, "Các đơn vị được giao chủ trì theo dõi và báo cáo kết quả hằng quý về Thường trực Hội đồng thi", size: 11, width: 423)]);
        var second = Page(2,
            Chunk(85, 300, "Trang sau tiếp tục phần thân bài với các nội dung khác của báo cáo tổng kết", width: 452),
            Chunk(85, 317, "năm nay.", width: 60),
            Chunk(85, 770, "đua, khen thưởng huyện.", size: 11, width: 140));
        var doc = PdfLayoutBuilder.Build([first, second], 2);

        var note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.Equal(2, note.Paragraphs.Count);
        Assert.StartsWith("Quyết định số 12/QĐ-UBND", note.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Các đơn vị được giao chủ trì theo dõi và báo cáo kết quả hằng quý về Thường trực Hội đồng thi đua, khen thưởng huyện.", note.Paragraphs[1].Text);
        Assert.Single(doc.Blocks.OfType<LayoutParagraph>(), p => p.FootnoteIds.Contains(note.Id));
        Assert.DoesNotContain(doc.Blocks.OfType<LayoutParagraph>(), p => p.Text.Contains("Quyết định số 12", StringComparison.Ordinal) || p.Text.Contains("đua, khen thưởng huyện", StringComparison.Ordinal));
    }

    /// <summary>
    /// Notes are numbered in order: a footnote-area line opening with the number after the last note's starts the next
    /// note even when its raised citation in the body was not read (as OCR often loses it).
    /// </summary>
    [Fact]
    public void A_note_whose_citation_was_lost_still_starts_at_the_next_number()
    {
        var page = Page(1, [.. BodyCitingNote1(),
            Chunk(85, 234, Body + ".", width: 452),
            Chunk(85, 740, "1 Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện.", size: 11, width: 400),
            Chunk(85, 755, "2 Kế hoạch số 7/KH-UBND ngày 10/01/2023 của UBND huyện.", size: 11, width: 380)]);
        var doc = PdfLayoutBuilder.Build([page], 1);

        Assert.Equal(["1", "2"], doc.Footnotes.Select(n => n.Marker));
        Assert.StartsWith("Kế hoạch số 7/KH-UBND", doc.Footnotes[1].Paragraphs[0].Text, StringComparison.Ordinal);
    }
}

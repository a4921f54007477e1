using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Pdf.Layout;

/// <summary>Footnote areas of PDFs without links, on synthetic pages: notes at body size, markers of other kinds, numbers inside notes.</summary>
public sealed class FootnoteAreaReaderTests
{
    private const string Body = "Nội dung thân bài của báo cáo đủ dài để là một dòng đầy đủ của trang văn bản này";

    private static PdfTextChunk Chunk(double left, double top, string text, double size = 13, double? width = null) =>
        new(left, top, width ?? text.Length * size * 0.45, size * 1.3, text, size, false, false);

    /// <summary>A full body line, then a line citing <paramref name="marker"/> with a raised 8-point marker.</summary>
    private static PdfTextChunk[] BodyCiting(string marker, double top = 200) =>
    [
        Chunk(85, top, Body, width: 452),
        Chunk(85, top + 17, "và công tác khen thưởng đã được triển khai theo Quyết định", width: 330),
        Chunk(416, top + 15, marker, size: 8),
        Chunk(421, top + 17, " của huyện.", width: 60),
    ];

    /// <summary>Word's separator: a 144-point rule at the left margin.</summary>
    private static PdfRule Separator(double y) => new(85, y, 229, y);

    private static PdfPageText Page(int number, IReadOnlyList<PdfRule> rules, params PdfTextChunk[] chunks) =>
        new(number, 595, 842, chunks) { Rules = rules };

    private static List<LayoutParagraph> BodyParagraphs(LayoutDocument doc) => doc.Blocks.OfType<LayoutParagraph>().ToList();

    /// <summary>
    /// Notes in the body's own size (13 points), under the separator rule, the note's number in plain digits; the note
    /// runs on under the next page's separator. Without the rules, nothing tells those lines from the body.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Notes_at_body_size_stand_under_the_separator_rule(bool ruled)
    {
        var first = Page(1, ruled ? [Separator(700)] : [], [.. BodyCiting("1"),
            Chunk(85, 234, Body + ".", width: 452),
            Chunk(85, 712, "1 Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện về công tác thi đua khen", width: 452),
            Chunk(85, 729, "thưởng năm 2023, gồm các nội dung chính về tổ chức phong trào thi đua và về công tác", width: 452)]);
        var second = Page(2, ruled ? [Separator(740)] : [],
            Chunk(85, 300, "Trang sau tiếp tục phần thân bài với các nội dung khác của báo cáo tổng kết", width: 452),
            Chunk(85, 317, "năm nay.", width: 60),
            Chunk(85, 752, "khen thưởng của các đơn vị trong huyện.", width: 230));
        var doc = PdfLayoutBuilder.Build([first, second], 2);

        if (!ruled)
        {
            Assert.Empty(doc.Footnotes);
            return;
        }

        var note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.StartsWith("Quyết định số 12/QĐ-UBND", note.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("về công tác khen thưởng của các đơn vị trong huyện.", note.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Single(BodyParagraphs(doc), p => p.FootnoteIds.Contains(note.Id));
        Assert.DoesNotContain(BodyParagraphs(doc), p => p.Text.Contains("Quyết định số 12", StringComparison.Ordinal) || p.Text.Contains("của các đơn vị trong huyện", StringComparison.Ordinal));
    }

    /// <summary>An underline hugs the text above it: a short rule at the margin just under a line is not a separator.</summary>
    [Fact]
    public void An_underline_is_not_a_separator()
    {
        var page = Page(1, [Separator(713)], [.. BodyCiting("1"),
            Chunk(85, 234, Body + ".", width: 452),
            Chunk(85, 696, "1 Phụ lục kèm theo báo cáo này gồm các biểu thống kê số liệu của các xã, thị trấn", width: 452),
            Chunk(85, 716, "trên địa bàn huyện trong năm.", width: 170)]);
        var doc = PdfLayoutBuilder.Build([page], 1);

        Assert.Empty(doc.Footnotes);
    }

    /// <summary>Notes at body size without a rule: the first line opening with a raised marker cited above begins the area.</summary>
    [Fact]
    public void Notes_at_body_size_begin_at_a_raised_cited_marker()
    {
        var page = Page(1, [], [.. BodyCiting("1"),
            Chunk(85, 234, Body + ".", width: 452),
            Chunk(85, 700, "1", size: 8),
            Chunk(90, 702, " Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện về công tác thi đua", width: 440),
            Chunk(85, 719, "khen thưởng năm 2023.", width: 130)]);
        var doc = PdfLayoutBuilder.Build([page], 1);

        var note = Assert.Single(doc.Footnotes);
        Assert.Equal("Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện về công tác thi đua khen thưởng năm 2023.", note.Paragraphs.Single().Text);
        Assert.Single(BodyParagraphs(doc), p => p.FootnoteIds.Contains(note.Id));
    }

    /// <summary>
    /// A figure that wraps to the start of a note line (`20 con lợn ...`) is not note 20 when 20 is first cited later in
    /// the document: notes are numbered in order of first citation.
    /// </summary>
    [Fact]
    public void A_number_cited_only_later_does_not_start_a_note()
    {
        var first = Page(1, [], [.. BodyCiting("1"),
            Chunk(85, 234, Body + ".", width: 452),
            Chunk(85, 740, "1 Tình hình dịch bệnh: trên đàn gia súc xuất hiện lẻ tẻ tại một số xã, tiêu chảy trên dê,", size: 10, width: 452),
            Chunk(85, 752, "20 con lợn chết do dịch tả lợn Châu Phi tại 02 hộ.", size: 10, width: 230)]);
        var second = Page(2, [], BodyCiting("20", 300));
        var doc = PdfLayoutBuilder.Build([first, second], 2);

        var note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.EndsWith("tiêu chảy trên dê, 20 con lợn chết do dịch tả lợn Châu Phi tại 02 hộ.", note.Paragraphs.Single().Text, StringComparison.Ordinal);
    }
}

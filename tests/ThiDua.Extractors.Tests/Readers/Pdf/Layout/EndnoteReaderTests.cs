using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Pdf.Layout;

/// <summary>Notes gathered at the end of the document at body size, numbered in plain digits, without links (synthetic pages).</summary>
public sealed class EndnoteReaderTests
{
    private const string Body = "Nội dung thân bài của báo cáo đủ dài để là một dòng đầy đủ của trang văn bản này";

    private static PdfTextChunk Chunk(double left, double top, string text, double size = 13, double? width = null) =>
        new(left, top, width ?? text.Length * size * 0.45, size * 1.3, text, size, false, false);

    private static PdfTextChunk[] Citing(string marker, double top) =>
    [
        Chunk(85, top, Body, width: 452),
        Chunk(85, top + 17, "và kết quả thực hiện được nêu tại ghi chú", width: 240),
        Chunk(326, top + 15, marker, size: 8),
        Chunk(331, top + 17, ".", width: 4),
    ];

    private static PdfPageText Page(int number, params PdfTextChunk[] chunks) => new(number, 595, 842, chunks);

    /// <summary>
    /// The body cites notes 1 and 2, then has a numbered list of its own (`1.`, `2.`); the notes follow at the end, on the
    /// last page, set like the body. The notes are the run at the end, the list stays in the body, the citations link.
    /// </summary>
    [Fact]
    public void Notes_at_the_end_are_the_last_numbered_run_after_the_body()
    {
        var body = Page(1, [.. Citing("1", 100), .. Citing("2", 160),
            Chunk(85, 240, "1. Hạn chế, yếu kém trong công tác thi đua khen thưởng của các đơn vị", width: 420),
            Chunk(85, 274, "2. Nguyên nhân của các hạn chế, yếu kém nêu trên trong năm qua", width: 400)]);
        var notes = Page(2,
            Chunk(85, 100, "1 Kết quả: Diện tích lúa xuân cấy được 88,1 ha, ngô xuân trồng được 28,3 ha.", width: 440),
            Chunk(85, 134, "2 Năng suất lúa xuân đạt 50 tạ/ha, sản lượng đạt 440,5 tấn.", width: 350),
            Chunk(85, 151, "Năng suất lúa mùa đạt 36,4 tạ/ha.", width: 200));
        var doc = PdfLayoutBuilder.Build([body, notes], 2);

        Assert.Equal(["1", "2"], doc.Footnotes.Select(n => n.Marker));
        Assert.StartsWith("Kết quả: Diện tích lúa xuân", doc.Footnotes[0].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(doc.Footnotes[1].Paragraphs, p => p.Text == "Năng suất lúa mùa đạt 36,4 tạ/ha.");
        var paragraphs = doc.Blocks.OfType<LayoutParagraph>().ToList();
        Assert.Contains(paragraphs, p => p.Text.StartsWith("1. Hạn chế", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("2. Nguyên nhân", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("Diện tích lúa xuân", StringComparison.Ordinal));
        Assert.All(doc.Footnotes, n => Assert.Single(paragraphs, p => p.FootnoteIds.Contains(n.Id)));
    }

    /// <summary>
    /// A numbered list closing a document whose notes were found at the page foot is not taken for notes: only markers
    /// still without a note are looked for at the end.
    /// </summary>
    [Fact]
    public void A_final_numbered_list_stays_in_the_body_when_the_notes_stand_at_the_page_foot()
    {
        var first = Page(1, [.. Citing("1", 100), .. Citing("2", 160),
            Chunk(85, 740, "1 Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện.", size: 10, width: 300),
            Chunk(85, 755, "2 Kế hoạch số 7/KH-UBND ngày 10/01/2023 của UBND huyện.", size: 10, width: 290)]);
        var second = Page(2,
            Chunk(85, 100, Body, width: 452),
            Chunk(85, 140, "1. Hạn chế, yếu kém trong công tác thi đua khen thưởng của các đơn vị", width: 420),
            Chunk(85, 174, "2. Nguyên nhân của các hạn chế, yếu kém nêu trên trong năm qua", width: 400));
        var doc = PdfLayoutBuilder.Build([first, second], 2);

        Assert.Equal(["Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND huyện.", "Kế hoạch số 7/KH-UBND ngày 10/01/2023 của UBND huyện."], doc.Footnotes.Select(n => n.Paragraphs.Single().Text));
        var text = string.Join(" ", doc.Blocks.OfType<LayoutParagraph>().Select(p => p.Text));
        Assert.Contains("1. Hạn chế", text, StringComparison.Ordinal);
        Assert.Contains("2. Nguyên nhân", text, StringComparison.Ordinal);
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>The LibreOffice-made report (Fixtures/Pdf/make_fixture.py): headings, footnote, m², page break, repeated table header.</summary>
public sealed class PdfReaderFixtureTests
{
    private static readonly Lazy<PdfReadResult> Result = new(() => new PdfReader().ReadWithStatistics(PdfFixtures.Report, CancellationToken.None));

    private static LayoutDocument Doc => Result.Value.Document;

    private static List<LayoutParagraph> Paragraphs => Doc.Blocks.OfType<LayoutParagraph>().ToList();

    [Fact]
    public void ReportsFormatPagesAndTiming()
    {
        var reader = new PdfReader();
        Assert.Equal("pdf", reader.Format);
        Assert.Matches(@"^(pdfpig|poppler-pdftohtml) \d+\.\d+", reader.Extractor);
        Assert.Equal(4, Doc.PageCount);
        Assert.True(Result.Value.Statistics.EngineTime > TimeSpan.Zero);
        Assert.InRange(Result.Value.Statistics.EngineShare, 0, 1);
    }

    [Fact]
    public void KeepsVietnameseTextAndBoldHeadings()
    {
        var heading = Assert.Single(Paragraphs, p => p.Text == "I. ĐẶC ĐIỂM TÌNH HÌNH");
        Assert.All(heading.Runs, r => Assert.True(r.Format.Bold));
        Assert.Equal(13, heading.Runs[0].Format.FontSize);
        Assert.Contains(Paragraphs, p => p.Text == "1. Công tác tuyên truyền" && p.Runs.All(r => r.Format.Bold));
        Assert.Contains(Paragraphs, p => p.Text == "BÁO CÁO" && p.Runs[0].Format.FontSize == 15);
        var body = Assert.Single(Paragraphs, p => p.Text.StartsWith("Thanh Lòa là xã", StringComparison.Ordinal));
        Assert.False(body.Runs[0].Format.Bold);
        Assert.Equal(ParagraphAlignment.Justify, body.Format.Alignment);
    }

    [Fact]
    public void LinksTheFootnoteAndWritesUnitPowers()
    {
        var body = Assert.Single(Paragraphs, p => p.Text.StartsWith("Thanh Lòa là xã", StringComparison.Ordinal));
        var mark = Assert.Single(body.Runs, r => r.FootnoteId is not null);
        Assert.Equal("1", mark.Text);
        Assert.True(mark.Format.Superscript);
        Assert.Contains("23 mốc. Tổng diện tích", body.Text, StringComparison.Ordinal);
        Assert.Contains("120 m² mỗi thôn.", body.Text, StringComparison.Ordinal);

        var note = Assert.Single(Doc.Footnotes);
        Assert.Equal(mark.FootnoteId, note.Id);
        Assert.Equal("1", note.Marker);
        Assert.StartsWith("Số liệu theo Báo cáo số 12/BC-UBND", note.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("về địa giới hành chính.", note.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Paragraphs, p => p.Text.Contains("Số liệu theo", StringComparison.Ordinal));
    }

    [Fact]
    public void DropsPageNumbersAndRejoinsParagraphsOverPageBreaks()
    {
        Assert.DoesNotContain(Paragraphs, p => p.Text.Trim() is "1" or "2" or "3" or "4");
        for (var i = 1; i <= 9; i++)
        {
            var p = Assert.Single(Paragraphs, x => x.Text.StartsWith($"Đoạn {i}:", StringComparison.Ordinal));
            Assert.EndsWith("Kết quả đạt được là đáng ghi nhận", p.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RebuildsTheTableOverTwoPagesWithMergedHeader()
    {
        var table = Assert.Single(Doc.Blocks.OfType<LayoutTable>());
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(2 + 45, table.Rows.Count);
        var top = table.Rows[0];
        Assert.Equal(["STT", "Đơn vị", "Danh hiệu thi đua"], top.Select(c => c.Text));
        Assert.Equal(2, top[0].RowSpan);
        Assert.Equal(2, top[1].RowSpan);
        Assert.Equal(2, top[2].ColSpan);
        Assert.Equal(["Tập thể", "Cá nhân"], table.Rows[1].Select(c => c.Text));
        Assert.Equal(["20", "Thôn Bản Vằn số 20", "2", "40"], table.Rows[2 + 19].Select(c => c.Text));
        Assert.Equal(["45", "Thôn Bản Vằn số 45", "0", "90"], table.Rows[^1].Select(c => c.Text));
    }

    [Fact]
    public void KeepsReadingOrder()
    {
        var texts = Doc.Blocks.Select(b => b is LayoutParagraph p ? p.Text : "<table>").ToList();
        var order = new[] { "BÁO CÁO", "I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "2. Kết quả khen thưởng", "<table>", "III. PHƯƠNG HƯỚNG NĂM 2024" }
            .Select(t => texts.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }
}

using ThiDua.Extractors.Readers.Ocr.Layout;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Layout;

/// <summary>
/// Recognized pages repaired before layout: misread heading numbers and noise before them, and footnote areas found by
/// their geometry (bottom block set apart, lines closer and smaller than the body's), their misread markers put back
/// from the body's citations; a closing block at the page's foot is no footnote area.
/// </summary>
public sealed class ScannedPageRepairTests
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;

    [Fact]
    public void A_misread_heading_number_and_a_speck_before_a_title_are_repaired()
    {
        var chunks = ScanPages.Body(10);
        chunks.Add(new PdfTextChunk(ScanPages.Left, 300, 2, ScanPages.BodySize, ". ", ScanPages.BodySize, false, false));
        chunks.AddRange(ScanPages.Line(300, ScanPages.BodySize, "Phần thứ nhất", ScanPages.Left + 10));
        chunks.AddRange(ScanPages.Line(330, ScanPages.BodySize, "2, Kết quả phong trào thi đua", ScanPages.Left + 36));
        chunks.AddRange(ScanPages.Line(360, ScanPages.BodySize, "2,5 ha lúa cả năm đạt kế hoạch"));

        var lines = LineBuilder.Build(Repair(new PdfPageText(1, PageWidth, PageHeight, chunks)));

        Assert.Contains(lines, l => l.Text == "Phần thứ nhất");
        Assert.Contains(lines, l => l.Text == "2. Kết quả phong trào thi đua");
        Assert.Contains(lines, l => l.Text == "2,5 ha lúa cả năm đạt kế hoạch");
    }

    [Fact]
    public void Roman_heading_numbers_misread_out_of_their_sequence_are_repaired_and_a_printed_repeat_is_kept()
    {
        var chunks = ScanPages.Body(4);
        string[] read = ["I. Công tác tổ chức", "IL Kết quả tổ chức", "IH. Kết quả thực hiện", "IV. Công tác khen thưởng", "V. Đánh giá chung",
            "V. KIẾN NGHỊ, ĐỀ XUẤT", "PHẦN II PHƯƠNG HƯỚNG", "L. Phương hướng", "H. Giải pháp", "II. Tổ chức", "IV. Khen thưởng",
            "PHẦN III TỔ CHỨC THỰC HIỆN", "IL. Phân công", "H. Kiểm tra"];
        for (var i = 0; i < read.Length; i++) chunks.AddRange(ScanPages.Line(160 + i * 35, ScanPages.BodySize, read[i], bold: true));
        chunks.AddRange(ScanPages.Line(760, ScanPages.BodySize, "II. Kết quả viết thường không đậm", bold: false));

        var lines = LineBuilder.Build(Repair(new PdfPageText(1, PageWidth, PageHeight, chunks))).Select(l => l.Text).ToList();

        string[] meant = ["I. Công tác tổ chức", "II. Kết quả tổ chức", "III. Kết quả thực hiện", "IV. Công tác khen thưởng", "V. Đánh giá chung",
            "V. KIẾN NGHỊ, ĐỀ XUẤT", "PHẦN II PHƯƠNG HƯỚNG", "I. Phương hướng", "II. Giải pháp", "III. Tổ chức", "IV. Khen thưởng",
            "PHẦN III TỔ CHỨC THỰC HIỆN", "I. Phân công", "II. Kiểm tra"];
        Assert.Equal(meant, lines.Skip(4).Take(meant.Length));
        Assert.Contains("II. Kết quả viết thường không đậm", lines);
    }

    [Fact]
    public void A_footnote_area_is_found_by_its_geometry_and_its_misread_marker_put_back()
    {
        var chunks = ScanPages.Body(30);
        var citing = chunks.Where(c => Math.Abs(c.Top - (60 + 9 * ScanPages.BodyPitch)) < 0.1).MaxBy(c => c.Left)!;
        chunks.Add(ScanPages.Superscript(citing, "1"));
        // the footnote's lines: smaller than the body's (10.5 against 13, as OCR measures them, unevenly), closer
        // together, below a wider space; OCR read the raised "1" as "!" and left a wide gap between two words
        chunks.AddRange(ScanPages.Line(690, 10.5, "! Lúa cả năm thực hiện được 149,2/145 ha bằng 102,9%"));
        chunks.AddRange(ScanPages.Line(703.5, 11.2, "so với kế  hoạch và bằng 100,06% so với cùng kỳ 2022"));
        chunks.AddRange(ScanPages.Line(717, 10.1, "Ngô cả năm thực hiện được 13,5/12 ha"));

        var layout = PdfLayoutBuilder.Build([Repair(new PdfPageText(1, PageWidth, PageHeight, chunks))], 1);

        var note = Assert.Single(layout.Footnotes);
        Assert.Equal("1", note.Marker);
        var text = string.Join(" ", note.Paragraphs.OfType<ThiDua.Extractors.Layout.LayoutParagraph>().SelectMany(p => p.Runs).Select(r => r.Text));
        Assert.StartsWith("Lúa cả năm", text.Trim(), StringComparison.Ordinal);
        Assert.Contains("100,06%", text, StringComparison.Ordinal);
        Assert.Contains("13,5/12 ha", text, StringComparison.Ordinal);
        var body = string.Join(" ", layout.Blocks.OfType<ThiDua.Extractors.Layout.LayoutParagraph>().SelectMany(p => p.Runs).Select(r => r.Text));
        Assert.DoesNotContain("Lúa", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misread_marker_whose_citation_was_lost_opens_the_note_after_the_last_one()
    {
        var first = ScanPages.Body(30);
        var citing = first.Where(c => Math.Abs(c.Top - (60 + 9 * ScanPages.BodyPitch)) < 0.1).MaxBy(c => c.Left)!;
        first.Add(ScanPages.Superscript(citing, "4"));
        first.AddRange(ScanPages.Line(690, 10.5, "4 Dự án cải tạo đường Bản Rọi đã hoàn thành"));
        // the next page's body lost its raised "5" and the note's marker was read as a closing quote
        var second = ScanPages.Body(30);
        second.AddRange(ScanPages.Line(690, 10.5, "” Năm học 2022-2023"));
        second.AddRange(ScanPages.Line(703.5, 10.5, "Cấp mầm non: tổng số học sinh là 87 trẻ"));

        var repaired = ScannedPageRepair.Apply([new PdfPageText(1, PageWidth, PageHeight, first), new PdfPageText(2, PageWidth, PageHeight, second)]);
        var layout = PdfLayoutBuilder.Build(repaired, 2);

        Assert.Equal(["4", "5"], layout.Footnotes.Select(n => n.Marker));
        var text = string.Join(" ", layout.Footnotes[1].Paragraphs.OfType<ThiDua.Extractors.Layout.LayoutParagraph>().SelectMany(p => p.Runs).Select(r => r.Text));
        Assert.StartsWith("Năm học 2022-2023", text.Trim(), StringComparison.Ordinal);
        Assert.Contains("87 trẻ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_heights_OCR_measured_a_few_points_apart_do_not_split_a_paragraph()
    {
        var chunks = ScanPages.Body(8);
        // one paragraph whose lines OCR measured at 13, 15.8 and 13.2 (the real colour scan's jitter)
        chunks.AddRange(ScanPages.Line(260, 13, "Sở Tư pháp kính trình và đề nghị Chủ tịch UBND tỉnh tặng bằng khen cho tập thể"));
        chunks.AddRange(ScanPages.Line(279.4, 15.8, "và cá nhân vì đã có thành tích xuất sắc trong mười năm thực hiện Luật Phổ biến"));
        chunks.AddRange(ScanPages.Line(298.8, 13.2, "giáo dục pháp luật."));

        var layout = PdfLayoutBuilder.Build([Repair(new PdfPageText(1, PageWidth, PageHeight, chunks))], 1);

        var paragraph = layout.Blocks.OfType<ThiDua.Extractors.Layout.LayoutParagraph>()
            .Single(p => p.Runs.Any(r => r.Text.Contains("Sở Tư pháp", StringComparison.Ordinal)));
        Assert.EndsWith("giáo dục pháp luật.", string.Concat(paragraph.Runs.Select(r => r.Text)).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_block_at_the_foot_of_the_page_is_no_footnote_area()
    {
        var chunks = ScanPages.Body(30);
        chunks.AddRange(ScanPages.Line(690, 10.5, "Nơi nhận:"));
        chunks.AddRange(ScanPages.Line(690, 12, "CHỦ TỊCH", 400, bold: true));
        chunks.AddRange(ScanPages.Line(703.5, 10.5, "- UBND huyện Phú Bình;"));
        chunks.AddRange(ScanPages.Line(717, 10.5, "- Lưu: VT, VP."));
        chunks.AddRange(ScanPages.Line(717, 12, "Đào Văn Trung", 400, bold: true));
        var page = new PdfPageText(1, PageWidth, PageHeight, chunks);

        var repaired = Repair(page);

        // the words stay as they stood (no area joins them into runs); only sizes near the body's are evened
        Assert.Equal(page.Chunks.Select(c => (c.Left, c.Top, c.Text)), repaired.Chunks.Select(c => (c.Left, c.Top, c.Text)));
        Assert.DoesNotContain(repaired.Chunks, c => c.FontSize < 10.5);
    }

    private static PdfPageText Repair(PdfPageText page) => Assert.Single(ScannedPageRepair.Apply([page]));
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// The signed PDFs of two real provincial documents (corpus/real, copies of /work/shared/real; Word's PDF export), read
/// with the default engine. The expectations are read by hand from the printed pages.
/// </summary>
public sealed class PdfRealReportTests
{
    private static readonly Lazy<LayoutDocument> Submission = new(() => new PdfReader().Read(Real("ttr-2025.pdf"), CancellationToken.None));

    private static readonly Lazy<LayoutDocument> Report = new(() => new PdfReader().Read(Real("cchc-2025.pdf"), CancellationToken.None));

    private static readonly Lazy<Model.Report> ReportModel = new(() =>
        IngestPipelineBuilder.CreateDefault().Build().Ingest(Real("cchc-2025.pdf")).Report ?? throw new InvalidOperationException("cchc-2025.pdf gave no report"));

    [Fact]
    public void A_bold_opening_that_fills_its_line_and_wraps_onto_plain_text_stays_one_paragraph()
    {
        Assert.Single(Paragraphs(Submission.Value), p => p.Text == "(Thời hạn yêu cầu gửi báo cáo CCHC năm 2025 về Bộ Nội vụ trước ngày 20/12/2025)./.");
        Assert.Single(Paragraphs(Report.Value), p => p.Text.StartsWith(
            "5. Về tổng hợp, cập nhật tiến độ, kết quả thực hiện các nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao: Tổng số nhiệm vụ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_footnote_at_the_page_foot_is_found_and_linked_from_its_citation()
    {
        var note = Assert.Single(Submission.Value.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.StartsWith("Gồm: Sở Khoa học và Công nghệ, Sở Tài chính", note.Paragraphs[0].Text, StringComparison.Ordinal);
        var citing = Assert.Single(Paragraphs(Submission.Value), p => p.FootnoteIds.Contains(note.Id));
        Assert.Contains("CCHC của tỉnh tổng hợp và kết quả thực hiện", citing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_set_apart_by_narrow_justified_spaces_keep_their_spaces()
    {
        Assert.Contains(Paragraphs(Report.Value), p => p.Text == "e) Kết quả xây dựng, phát triển ứng dụng, dịch vụ phục vụ người dân, doanh nghiệp");
    }

    [Fact]
    public void The_title_centred_under_the_two_column_header_block_is_read_whole()
    {
        var report = ReportModel.Value;
        Assert.Equal("Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng", report.Document.Title);
        Assert.Equal(2025, report.Document.Period?.Year);
    }

    [Fact]
    public void Form_captions_centred_between_their_own_indents_are_centred_and_open_their_forms()
    {
        // Pages 30, 32, 33: "Biểu mẫu 4" / "Cải cách tổ chức bộ máy" (and 5, 6) are centred in Word between the margin and
        // a right indent of 58 pt, so against the text column they sit left of centre; forms 1-3 and 7 have no indent.
        foreach (var caption in new[] { "Biểu mẫu 4", "Cải cách tổ chức bộ máy", "Biểu mẫu 5", "Cải cách chế độ công vụ", "Biểu mẫu 6", "Cải cách tài chính công" })
        {
            Assert.Equal(ParagraphAlignment.Center, Assert.Single(Paragraphs(Report.Value), p => p.Text == caption).Format.Alignment);
        }

        // Form 1 follows the appendix title on its page and stays in the appendix's section, as in the DOCX.
        var forms = ReportModel.Value.Sections.Select(s => s.Title).Where(t => t.StartsWith("Biểu mẫu", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(2, 6).Select(n => "Biểu mẫu " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), forms.Select(t => t[..10]));
        Assert.Contains("Biểu mẫu 4 Cải cách tổ chức bộ máy", forms);
        Assert.Contains("Biểu mẫu 6 Cải cách tài chính công", forms);
    }

    private static List<LayoutParagraph> Paragraphs(LayoutDocument document) => document.Blocks.OfType<LayoutParagraph>().ToList();

    private static string Real(string name) => Path.Combine(TestPaths.Corpus, "real", name);
}

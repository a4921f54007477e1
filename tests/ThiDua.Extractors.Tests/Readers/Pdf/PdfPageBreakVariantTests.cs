using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// Page breaks of the DejaVu Serif, US Letter variant of report 001 (corpus/pdf-variants/001-dejavu-letter.pdf), where
/// LibreOffice cuts a table row with its borders drawn on both pages and the recipients list of the closing block runs
/// over a page in the middle of an item. Expected text from the source, corpus/sources/001.tdm (documents table row 09,
/// the ::recipients block).
/// </summary>
public sealed class PdfPageBreakVariantTests
{
    public static TheoryData<string> Engines()
    {
        var data = new TheoryData<string>();
        foreach (var name in PdfEngines.Names) data.Add(name);
        return data;
    }

    private static LayoutDocument Read(string engine) =>
        new PdfReader(PdfEngines.Create(engine), PdfReaderOptions.Default)
            .Read(Path.Combine(TestPaths.Corpus, "pdf-variants", "001-dejavu-letter.pdf"), CancellationToken.None);

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_row_cut_with_borders_on_both_pages_is_one_row(string engine)
    {
        var table = Assert.Single(Read(engine).Blocks.OfType<LayoutTable>(), t => t.Rows.Any(r => r.Any(c => c.Text == "02/HD-UBND ngày 26/3/2024")));
        var rows = table.Rows.Where(r => r.Count >= 3 && r[0].Text.Length > 0).Select(r => r[0].Text).ToList();
        Assert.Equal(Enumerable.Range(1, 18).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(rows.IndexOf("01")).Select(t => t.PadLeft(2, '0')));
        var row = Assert.Single(table.Rows, r => r[0].Text == "09");
        Assert.Equal("Hướng dẫn khen thưởng thành tích trong tham gia các hoạt động Lễ hội Hoa đào Xứ Lạng và tổ chức các hoạt động mừng Đảng và Lễ hội năm 2024", row[2].Text);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Recipients_running_over_the_page_stay_in_their_cell(string engine)
    {
        var doc = Read(engine);
        var cell = Assert.Single(doc.Blocks.OfType<LayoutTable>().SelectMany(t => t.Rows.SelectMany(r => r)), c => c.Text.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Equal(
            ["Nơi nhận:", "- Sở Nội vụ;", "- TT Huyện ủy;", "- TT.HĐND huyện;", "- CT, PCT UBND huyện;", "- UBND các huyện biên giới: Lộc Bình, Văn Lãng, Tràng Định, Đình Lập;",
             "- Phòng Nội vụ (02b);", "- Các đơn vị trong cụm thi đua của huyện;", "- Lưu: VT, NV."],
            cell.Content.OfType<LayoutParagraph>().Select(p => p.Text));
        Assert.DoesNotContain(doc.Blocks.OfType<LayoutParagraph>(), p => p.Text.Contains("Phòng Nội vụ (02b)", StringComparison.Ordinal));
    }
}

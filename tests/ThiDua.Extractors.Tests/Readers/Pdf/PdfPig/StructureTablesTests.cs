using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.PdfPig;

namespace ThiDua.Extractors.Tests.Readers.Pdf.PdfPig;

/// <summary>
/// corpus/real/cchc-2025.pdf: the signed Word export (tagged) of corpus/real/cchc-2025.docx, a real provincial report.
/// Its appendix forms are bordered tables in landscape pages. In the DOCX, form 1 is one table whose two header rows
/// repeat on the next page, while form 3 was split by hand into two tables (19 and 6 rows, an empty paragraph between,
/// the header typed again): on paper both look the same, the structure tree tells them apart.
/// </summary>
public sealed class StructureTablesTests
{
    private static readonly string Signed = Path.Combine(TestPaths.Corpus, "real", "cchc-2025.pdf");

    private static readonly Lazy<LayoutDocument> Doc = new(() => new PdfReader(new PdfPigTextEngine(), PdfReaderOptions.Default).Read(Signed, CancellationToken.None));

    private static List<LayoutTable> Forms => Doc.Value.Blocks.OfType<LayoutTable>().Where(t => t.Rows[0].Count > 0 && t.Rows[0][0].Text == "STT").ToList();

    [Fact]
    public void Tables_split_by_hand_stay_apart_and_a_table_over_a_page_break_is_one()
    {
        // Row counts of the DOCX original's tables (forms 1, 2, 3 in two pieces, 4, 5, 6 and 7 in two tables).
        Assert.Equal([21, 15, 19, 6, 21, 15, 15, 17, 12], Forms.Select(t => t.Rows.Count));
        var form1 = Forms[0];
        Assert.Equal(2, form1.HeaderRows);
        Assert.Equal(["4.1.3.", "Số nhiệm vụ quá hạn nhưng chưa hoàn thành", "Nhiệm vụ", "0", ""], form1.Rows[16].Select(c => c.Text));
        var rest = Forms[3];
        Assert.Equal(["Đơn vị tính", "Số liệu"], rest.Rows[1].Select(c => c.Text));
        Assert.Equal(["3.2.2.", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "467.565", ""], rest.Rows[2].Select(c => c.Text));
    }

    [Fact]
    public void Chunks_carry_their_tagged_table_and_untagged_files_none()
    {
        var tagged = new PdfPigTextEngine().Extract(Signed, CancellationToken.None);
        int? TableOn(int page) => tagged.Pages[page - 1].Chunks.Select(c => c.StructureTable).OfType<int>().Distinct().Single();
        Assert.Equal(TableOn(25), TableOn(26));
        Assert.NotEqual(TableOn(28), TableOn(29));
        Assert.All(tagged.Pages[0].Chunks, c => Assert.Null(c.StructureTable));

        var untagged = new PdfPigTextEngine().Extract(Path.Combine(TestPaths.Corpus, "pdf", "000.pdf"), CancellationToken.None);
        Assert.All(untagged.Pages.SelectMany(p => p.Chunks), c => Assert.Null(c.StructureTable));
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// Bordered tables of Chromium corpus PDFs printed on portrait pages only (<see cref="PdfFixtures.ChromiumPortrait"/>:
/// LibreOffice HTML printed by headless Chromium), read by both engines.
/// Chromium cuts a table row at the page break without a bottom border and draws the rest of it under the repeated
/// header on the next page; it clips a table wider than the printable area, dropping the last column's right border and
/// the glyphs past it. Expected values read off the page images and the DOCX originals (corpus/docx).
/// </summary>
public sealed class PdfSplitTableTests
{
    public static TheoryData<string> Engines()
    {
        var data = new TheoryData<string>();
        foreach (var name in PdfEngines.Names) data.Add(name);
        return data;
    }

    private static List<LayoutTable> Tables(string engine, string report) =>
        new PdfReader(PdfEngines.Create(engine), PdfReaderOptions.Default)
            .Read(PdfFixtures.ChromiumPortrait(report), CancellationToken.None)
            .Blocks.OfType<LayoutTable>().ToList();

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_row_cut_by_the_page_break_is_one_row_of_one_table(string engine)
    {
        // 001.pdf pages 10-11: the list of documents, rows 01-15 on page 10 (row 15 open at the page foot), the header
        // repeated on page 11, then the end of row 15's text ("Đào tạo") and rows 16-18.
        var table = Assert.Single(Tables(engine, "001"), t => t.Rows[0].Any(c => c.Text.StartsWith("Số, ký hiệu", StringComparison.Ordinal)));
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(1 + 18, table.Rows.Count);
        Assert.Equal(["TT", "Số, ký hiệu, ngày, tháng ban hành văn bản", "Trích yếu nội dung văn bản", "Ghi chú"], table.Rows[0].Select(c => c.Text));
        Assert.Equal(Enumerable.Range(1, 18).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), table.Rows.Skip(1).Select(r => r[0].Text.PadLeft(2, '0')));
        Assert.Equal(["15", "1357/UBND-NV ngày 16/5/2024", "V/v khen thưởng đối với tập thể, cá nhân thuộc ngành Giáo dục và Đào tạo", ""], table.Rows[15].Select(c => c.Text));
        Assert.All(table.Rows.Skip(1), r => Assert.Equal(4, r.Count));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_column_clipped_at_the_margin_keeps_one_cell_per_row(string engine)
    {
        // 000.pdf pages 8-9: the award table of nine columns over two pages; the last column ("%" of "Cá nhân") is cut
        // at the printable area, its right border missing below the header.
        var table = Assert.Single(Tables(engine, "000"), t => t.Rows[0].Any(c => c.Text.StartsWith("Danh hiệu thi đua", StringComparison.Ordinal)));
        Assert.Equal(3, table.HeaderRows);
        Assert.Equal(["SL", "%", "SL", ""], table.Rows[2].Select(c => c.Text));
        Assert.All(table.Rows.Skip(3).SkipLast(1), r =>
        {
            Assert.Equal(9, r.Count);
            Assert.All(r, c => Assert.Equal(1, c.RowSpan));
        });
        Assert.Equal(["IV", "Khen thưởng cấp xã", "5", "10 cá nhân và (18 LĐTT)"], table.Rows[^2].Take(4).Select(c => c.Text));
        Assert.Equal("TỔNG CỘNG (I + II + III+IV)", table.Rows[^1][0].Text);
        Assert.Equal(45, table.Rows.Count);
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.PdfPig;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>
/// The Chromium corpus PDFs print the DOCX's landscape appendix on landscape pages (corpus/make-chromium-html.py): the
/// award table of nine columns is printed whole and read whole, the last column's percentages included (on portrait
/// pages Chromium clipped them: <see cref="PdfSplitTableTests"/>). Expected values from corpus/sources/001.tdm.
/// </summary>
public sealed class PdfLandscapeTableTests
{
    private static readonly string Report001 = Path.Combine(TestPaths.Corpus, "pdf-chromium", "001.pdf");

    [Fact]
    public void The_appendix_pages_are_landscape_and_the_body_pages_portrait()
    {
        var pages = new PdfPigTextEngine().Extract(Report001, CancellationToken.None).Pages;
        var award = Assert.Single(pages, p => p.Chunks.Any(c => c.Text.Contains("66,7", StringComparison.Ordinal)));
        Assert.True(award.Width > award.Height, $"page {award.Number}: {award.Width} × {award.Height}");
        Assert.True(pages[0].Height > pages[0].Width, $"page 1: {pages[0].Width} × {pages[0].Height}");
    }

    [Theory]
    [MemberData(nameof(PdfSplitTableTests.Engines), MemberType = typeof(PdfSplitTableTests))]
    public void A_wide_award_table_on_landscape_pages_keeps_its_last_column(string engine)
    {
        var tables = new PdfReader(PdfEngines.Create(engine), PdfReaderOptions.Default)
            .Read(Report001, CancellationToken.None).Blocks.OfType<LayoutTable>();
        var table = Assert.Single(tables, t => t.Rows[0].Any(c => c.Text.StartsWith("Danh hiệu thi đua", StringComparison.Ordinal)));
        Assert.Equal(3, table.HeaderRows);
        Assert.Equal(["SL", "%", "SL", "%"], table.Rows[2].Select(c => c.Text));
        Assert.All(table.Rows.Skip(3), r => Assert.Equal(9, r.Count));
        string[][] expected =
        [
            ["", "Khen thường xuyên", "8", "6", "", "7", "88,5", "4", "66,7"],
            ["1", "Lao động tiên tiến", "", "240", "", "", "", "171", "71,25"],
            ["2", "Chiến sỹ thi đua cơ sở", "19", "", "", "", "", "9", "47,37"],
            ["-", "Khen chuyên đề", "166", "297", "30", "166", "100", "221", "74,41"],
            ["-", "Khen thường xuyên", "53", "91", "", "53", "100", "69", "75,82"],
        ];
        var rows = table.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToList();
        Assert.All(expected, row => Assert.Contains(row, rows));
    }
}

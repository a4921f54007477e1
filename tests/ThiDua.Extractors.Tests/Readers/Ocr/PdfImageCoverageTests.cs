using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Ocr;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>Image coverage from <c>pdfimages -list</c>, asked for a range of pages only (the scan check's candidates).</summary>
public sealed class PdfImageCoverageTests
{
    private static readonly ProcessLimits Limits = new(TimeSpan.FromSeconds(30), 512L << 20);

    // A4 in points, the size of every page of the corpus scans.
    private static readonly Dictionary<int, (double Width, double Height)> A4Pages =
        Enumerable.Range(1, 11).ToDictionary(p => p, _ => (595.3, 841.9));

    [Fact]
    public void A_range_lists_only_its_pages_with_the_same_coverage_as_the_whole_file()
    {
        var scan = OcrFixtures.ScanPdf("003-clean.pdf");

        var whole = PdfImageCoverage.Measure(scan, 1, 11, A4Pages, Limits, CancellationToken.None);
        var ranged = PdfImageCoverage.Measure(scan, 4, 5, A4Pages, Limits, CancellationToken.None);

        Assert.NotNull(whole);
        Assert.NotNull(ranged);
        Assert.Equal(Enumerable.Range(1, 11), whole.Keys.Order());
        Assert.Equal([4, 5], ranged.Keys.Order());
        Assert.All(ranged, page => Assert.Equal(whole[page.Key], page.Value));
        Assert.All(ranged.Values, coverage => Assert.True(coverage > 0.9, $"a 200 dpi A4 scan covers its page, got {coverage}"));
    }

    [Fact]
    public void A_text_pdf_page_has_no_coverage()
    {
        var text = Path.Combine(TestPaths.Corpus, "pdf", "003.pdf");

        var coverage = PdfImageCoverage.Measure(text, 11, 11, A4Pages, Limits, CancellationToken.None);

        Assert.NotNull(coverage);
        Assert.Empty(coverage);
    }
}

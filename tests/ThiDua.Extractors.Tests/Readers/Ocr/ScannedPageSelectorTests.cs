using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>
/// Which pages go to OCR: pages without text and stamp-only pages over a page-sized image. The image coverage is asked
/// for once, for the candidate pages only; a page of body text is never a candidate.
/// </summary>
public sealed class ScannedPageSelectorTests
{
    private const double Width = 595;
    private const double Height = 842;

    [Fact]
    public void Coverage_is_asked_only_for_the_stamp_and_empty_pages()
    {
        var pages = new[] { BodyPage(1), StampPage(2), BodyPage(3), new PdfPageText(4, Width, Height, []) };
        IReadOnlyList<int>? asked = null;

        var scanned = ScannedPageSelector.Select(pages, candidates =>
        {
            asked = candidates.Select(p => p.Number).ToList();
            return candidates.ToDictionary(p => p.Number, _ => 1.0);
        });

        Assert.Equal([2, 4], asked);
        Assert.Equal([2, 4], scanned.Select(p => p.Number));
    }

    [Fact]
    public void Text_pages_alone_ask_for_no_coverage()
    {
        var asked = false;

        var scanned = ScannedPageSelector.Select([BodyPage(1), BodyPage(2)], _ =>
        {
            asked = true;
            return null;
        });

        Assert.False(asked);
        Assert.Empty(scanned);
    }

    [Fact]
    public void A_stamp_drawn_twice_over_itself_is_still_a_stamp()
    {
        // Fake bold: each line drawn twice at the same place. The lines keep it once (300 letters, under the stamp's
        // 400), so the quick letter count before building lines must not count the copy.
        var stamp = StampPage(1, lineLetters: 100);
        var twice = stamp with { Chunks = [.. stamp.Chunks, .. stamp.Chunks.Select(c => c with { Left = c.Left + 0.3 })] };

        Assert.True(ScannedPageSelector.IsStampOnly(stamp));
        Assert.True(ScannedPageSelector.IsStampOnly(twice));
    }

    [Fact]
    public void A_page_of_body_text_is_not_a_stamp()
    {
        Assert.False(ScannedPageSelector.IsStampOnly(BodyPage(1)));
    }

    /// <summary>Forty lines of distinct words across the page.</summary>
    private static PdfPageText BodyPage(int number) =>
        new(number, Width, Height, Enumerable.Range(0, 40).Select(i => Chunk(72, 72 + (i * 18), $"Dòng {i} của trang {number}: phong trào thi đua yêu nước năm nay")).ToList());

    /// <summary>Three short lines in the lower right corner, as a digital signature's stamp.</summary>
    private static PdfPageText StampPage(int number, int lineLetters = 20) =>
        new(number, Width, Height, Enumerable.Range(0, 3).Select(i => Chunk(400, 700 + (i * 14), new string((char)('a' + i), lineLetters))).ToList());

    private static PdfTextChunk Chunk(double left, double top, string text) => new(left, top, text.Length * 1.2, 12, text, 10, false, false);
}

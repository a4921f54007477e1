using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// Which pages of a PDF are scans to be read by OCR: a page with no text, or whose only text is a stamp (a digital
/// signature's few short lines over a small part of the page) drawn over an image that covers most of the page.
/// </summary>
internal static class ScannedPageSelector
{
    /// <summary>A stamp: at most this many lines ...</summary>
    private const int StampMaxLines = 8;

    /// <summary>... of at most this many letters in all ...</summary>
    private const int StampMaxLetters = 400;

    /// <summary>... in a box covering at most this share of the page.</summary>
    private const double StampMaxArea = 0.25;

    /// <summary>A scanned page's image covers at least this share of it.</summary>
    private const double ScanMinImageCoverage = 0.5;

    public static bool HasNoText(PdfPageText page) => !page.Chunks.Any(c => !string.IsNullOrWhiteSpace(c.Text) && LineBuilder.OnPage(c, page));

    public static bool IsStampOnly(PdfPageText page)
    {
        var lines = LineBuilder.Build(page);
        if (lines.Count == 0 || lines.Count > StampMaxLines || lines.Sum(l => l.Text.Count(char.IsLetter)) > StampMaxLetters) return false;
        var area = (lines.Max(l => l.Right) - lines.Min(l => l.Left)) * (lines.Max(l => l.Bottom) - lines.Min(l => l.Top));
        return area <= StampMaxArea * Math.Max(1, page.Width * page.Height);
    }

    /// <summary>
    /// The pages to OCR. <paramref name="coverage"/> gives each page's image coverage; when it is unknown (null), a page with
    /// no text is taken as a scan and a stamp-only page is not.
    /// </summary>
    public static List<PdfPageText> Select(IReadOnlyList<PdfPageText> pages, Func<IReadOnlyDictionary<int, double>?> coverage)
    {
        var candidates = pages.Where(p => HasNoText(p) || IsStampOnly(p)).ToList();
        if (candidates.Count == 0) return [];
        var covered = coverage();
        return candidates
            .Where(p => covered is null ? HasNoText(p) : covered.GetValueOrDefault(p.Number) >= ScanMinImageCoverage)
            .ToList();
    }
}

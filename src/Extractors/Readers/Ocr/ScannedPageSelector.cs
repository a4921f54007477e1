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
        if (DistinctLetters(page) > StampMaxLetters) return false;
        var lines = LineBuilder.Build(page);
        if (lines.Count == 0 || lines.Count > StampMaxLines || lines.Sum(l => l.Text.Count(char.IsLetter)) > StampMaxLetters) return false;
        var area = (lines.Max(l => l.Right) - lines.Min(l => l.Left)) * (lines.Max(l => l.Bottom) - lines.Min(l => l.Top));
        return area <= StampMaxArea * Math.Max(1, page.Width * page.Height);
    }

    /// <summary>
    /// A lower bound of the letters in the page's lines, without building them: each distinct chunk text the lines may
    /// hold is kept at least once (they drop only a repeat of the same text drawn at the same place). A page of body text
    /// is far over the stamp's limit, so the lines are built only for pages with little text.
    /// </summary>
    private static int DistinctLetters(PdfPageText page)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var letters = 0;
        foreach (var chunk in page.Chunks)
        {
            if (chunk.Text.Length == 0 || chunk.Height <= 0 || !LineBuilder.OnPage(chunk, page) || !seen.Add(chunk.Text)) continue;
            letters += chunk.Text.Count(char.IsLetter);
            if (letters > StampMaxLetters) break;
        }

        return letters;
    }

    /// <summary>
    /// The pages to OCR. <paramref name="coverage"/> gives the image coverage of the candidate pages (asked for once, with
    /// the candidates); when it is unknown (null), a page with no text is taken as a scan and a stamp-only page is not.
    /// </summary>
    public static List<PdfPageText> Select(IReadOnlyList<PdfPageText> pages, Func<IReadOnlyList<PdfPageText>, IReadOnlyDictionary<int, double>?> coverage)
    {
        var candidates = pages.Where(p => HasNoText(p) || IsStampOnly(p)).ToList();
        if (candidates.Count == 0) return [];
        var covered = coverage(candidates);
        return candidates
            .Where(p => covered is null ? HasNoText(p) : covered.GetValueOrDefault(p.Number) >= ScanMinImageCoverage)
            .ToList();
    }
}

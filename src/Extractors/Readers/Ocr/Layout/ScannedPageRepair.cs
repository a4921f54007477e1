using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Ocr.Layout;

/// <summary>
/// What OCR gets wrong that the layout code would take at face value, repaired on the recognized pages of any OCR
/// engine before layout: heading numbers misread at line starts (<see cref="OcrNumbering"/>) or out of their Roman sequence (<see cref="RomanSequence"/>) or hidden behind a speck of noise read as a dot, and footnote areas, which a
/// scan shows only by their geometry (<see cref="ScanFootnoteArea"/>). Text-layer pages never come here.
/// </summary>
public static class ScannedPageRepair
{
    public static IReadOnlyList<PdfPageText> Apply(IReadOnlyList<PdfPageText> pages)
    {
        var repaired = RomanSequence.Repair(pages.Select(RepairNumbering).ToList());
        return EvenSizes(ScanFootnoteArea.Mark(repaired));
    }

    /// <summary>A line within this share of the body size, either way, is body size: OCR's line heights wander.</summary>
    private const double SizeBelow = 0.92, SizeAbove = 1.4;

    /// <summary>
    /// OCR measures each line's height on its own (Tesseract's x_size), a point or more off from line to line in the
    /// same paragraph (13.0, 15.8, 13.2 on the real colour scan), which the layout code reads as a change of type and so
    /// as a new paragraph. Lines near the body size take the body size; plainly smaller (footnote areas, markers) and
    /// plainly larger lines keep theirs.
    /// </summary>
    private static IReadOnlyList<PdfPageText> EvenSizes(IReadOnlyList<PdfPageText> pages)
    {
        var running = pages.SelectMany(LineBuilder.Build).Where(l => l.Chunks.Count >= 6).Select(l => l.Size).Order().ToList();
        if (running.Count < 3) return pages;
        var body = running[running.Count / 2];
        bool Near(double size) => size >= body * SizeBelow && size <= body * SizeAbove && size != body;
        return pages.Select(p => p.Chunks.Any(c => Near(c.FontSize))
            ? p with { Chunks = p.Chunks.Select(c => Near(c.FontSize) ? c with { FontSize = body } : c).ToList() }
            : p).ToList();
    }

    private static PdfPageText RepairNumbering(PdfPageText page)
    {
        var replaced = new Dictionary<PdfTextChunk, PdfTextChunk>(ReferenceEqualityComparer.Instance);
        foreach (var line in LineBuilder.Build(page))
        {
            var words = line.Chunks.Where(c => c.Text.Trim().Length > 0).ToList();
            if (words.Count < 2) continue;
            if (IsSpeck(words[0], line))
            {
                // a speck of noise before a line's first word would hide its numbering
                replaced[words[0]] = words[0] with { Text = "" };
                words.RemoveAt(0);
                if (words.Count < 2) continue;
            }

            var first = words[0];
            var text = first.Text.Trim();
            if (text.Contains(' ') || OcrNumbering.Repair(text, words[1].Text.Trim()) is not { } label) continue;
            replaced[first] = first with { Text = first.Text.Replace(text, label, StringComparison.Ordinal) };
        }

        return replaced.Count == 0 ? page : page with { Chunks = page.Chunks.Select(c => replaced.GetValueOrDefault(c, c)).Where(c => c.Text.Length > 0).ToList() };
    }

    /// <summary>A dot or comma alone, narrower than a third of the line's height, standing before the line's text.</summary>
    private static bool IsSpeck(PdfTextChunk word, PdfLine line) =>
        word.Text.Trim() is "." or "," or "·" or "`" && word.Width < line.Size / 3;
}

using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Ocr.Layout;

/// <summary>
/// Footnote areas on scanned pages, found as a reader sees them: a block of lines at the bottom of the page, in the
/// lower half, set apart from the body by a wider gap (where the separator rule stands), its lines set closer together
/// and in smaller glyphs than the document's body lines. OCR's glyph heights are too noisy for the layout code's
/// font-size test alone, so the area's lines are given the area's (smaller) size throughout, and each line is one
/// run of text (OCR leaves uneven gaps between words that would read as table columns). Its footnotes' leading
/// markers, small raised digits that OCR reads as <c>!</c>, <c>"</c> or <c>*</c>, are put back from the markers the
/// page's body cites (in order) that no footnote line yet starts with.
/// </summary>
internal static partial class ScanFootnoteArea
{
    // Pitches are measured between line bottoms (near the baselines): a line's top moves with its tallest marks.

    /// <summary>An area's lines stand at most this share of the body's line pitch apart.</summary>
    private const double TightPitch = 0.85;

    /// <summary>The white space above an area exceeds the body's usual space between lines by at least this share of
    /// the body size (the separator rule stands in it).</summary>
    private const double SeparatorGap = 0.25;

    /// <summary>An area's glyphs are at most this share of the body's height.</summary>
    private const double SmallGlyphs = 0.92;

    /// <summary>The size an area's lines are given, as a share of the body size: plainly smaller than the body.</summary>
    private const double AreaSize = 0.8;

    /// <summary>A gap between words wider than this many area sizes separates columns.</summary>
    private const double ColumnGap = 3;

    /// <summary>A body line has at least this many words: measures are taken on running text.</summary>
    private const int BodyWords = 6;

    public static IReadOnlyList<PdfPageText> Mark(IReadOnlyList<PdfPageText> pages)
    {
        var lines = pages.Select(LineBuilder.Build).ToList();
        var running = lines.SelectMany(l => l).Where(l => l.Chunks.Count >= BodyWords).ToList();
        if (running.Count < 4) return pages;
        var bodySize = Median(running.Select(l => l.Size));
        var pitches = lines.SelectMany(page => page.Zip(page.Skip(1), (a, b) => (A: a, B: b)))
            .Where(p => p.A.Chunks.Count >= BodyWords && p.B.Chunks.Count >= BodyWords)
            .Select(p => p.B.Bottom - p.A.Bottom)
            .Where(d => d > bodySize * 0.8 && d < bodySize * 2.5)
            .ToList();
        if (pitches.Count < 3) return pages;
        var bodyPitch = Median(pitches);
        var bodySpace = Median(lines.SelectMany(page => page.Zip(page.Skip(1), (a, b) => (A: a, B: b)))
            .Where(p => p.A.Chunks.Count >= BodyWords && p.B.Chunks.Count >= BodyWords && p.B.Bottom - p.A.Bottom < bodyPitch * 1.2)
            .Select(p => p.B.Top - p.A.Bottom));
        var body = new BodyMeasures(bodySize, bodyPitch, bodySpace);
        var marked = new List<PdfPageText>(pages.Count);
        var previous = false;
        var lastNote = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = MarkPage(pages[p], lines[p], body, previous, ref lastNote);
            previous = !ReferenceEquals(page, pages[p]);
            marked.Add(page);
        }

        return marked;
    }

    /// <summary>The page with its footnote area marked, or the page itself when it has none. An area opens with a
    /// footnote marker or runs on from the previous page's area; it is one column of text.</summary>
    /// <param name="lastNote">The highest note number cited or opened so far in the document; the page's are added.</param>
    private static PdfPageText MarkPage(PdfPageText page, List<PdfLine> lines, BodyMeasures body, bool previousHasArea, ref int lastNote)
    {
        var start = AreaStart(page, lines, body);
        var cited = CitedMarkers(lines.Take(start < 0 ? lines.Count : start)).ToList();
        lastNote = Math.Max(lastNote, cited.Select(Number).DefaultIfEmpty(0).Max());
        if (start < 0) return page;
        var area = lines.GetRange(start, lines.Count - start);
        var size = body.Size * AreaSize;
        var pending = new Queue<string>(cited.Except(area.Select(LeadingMarker).OfType<string>()));
        var margin = area.Min(l => l.Left);
        var opens = LeadingMarker(area[0]) is not null || (Misread().IsMatch(area[0].Text) && (pending.Count > 0 || lastNote > 0));
        if (!(opens || previousHasArea) || area.Any(l => HasColumnGap(l, size))) return page;
        var areaChunks = new HashSet<PdfTextChunk>(area.SelectMany(l => l.Chunks), ReferenceEqualityComparer.Instance);
        var chunks = page.Chunks.Where(c => !areaChunks.Contains(c)).ToList();
        foreach (var line in area)
        {
            var words = line.Chunks.Where(c => c.Text.Trim().Length > 0).ToList();
            if (words.Count == 0) continue;
            if (Misread().Match(words[0].Text) is { Success: true } misread && !cited.Contains(misread.Groups[1].Value)
                && (pending.Count > 0 || (lastNote > 0 && line.Left - margin < size)))
            {
                // the citation's raised digit was read (pending) or lost: notes are numbered in order, so a misread
                // marker at the area's margin opens the note after the last one
                var marker = pending.Count > 0 ? pending.Dequeue() : (lastNote + 1).ToString(CultureInfo.InvariantCulture);
                words[0] = words[0] with { Text = marker + " " + words[0].Text[misread.Length..] };
                lastNote = Math.Max(lastNote, Number(marker));
            }
            else if (line.IsSuperscript(words[0]))
            {
                lastNote = Math.Max(lastNote, Number(words[0].Text.Trim()));
            }

            chunks.AddRange(Rejoin(line, words, size));
        }

        return page with { Chunks = chunks };
    }

    private static int Number(string marker) =>
        int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>
    /// An area line's words as runs of one weight, each one chunk in the area's size: the line is running text in one
    /// column, whatever gaps OCR left between its words. A raised marker stays a small chunk of its own, as the layout
    /// code reads superscripts.
    /// </summary>
    private static IEnumerable<PdfTextChunk> Rejoin(PdfLine line, List<PdfTextChunk> words, double size)
    {
        var run = new List<PdfTextChunk>();
        foreach (var word in words)
        {
            if (line.IsSuperscript(word))
            {
                if (run.Count > 0) yield return Join(run, size);
                run.Clear();
                yield return word with { FontSize = Math.Min(word.FontSize, size * 0.7) };
                continue;
            }

            if (run.Count > 0 && run[^1].Bold != word.Bold)
            {
                yield return Join(run, size);
                run.Clear();
            }

            run.Add(word);
        }

        if (run.Count > 0) yield return Join(run, size);
    }

    private static PdfTextChunk Join(List<PdfTextChunk> run, double size)
    {
        var top = run.Min(c => c.Top);
        var text = string.Concat(run.Select((c, i) => i < run.Count - 1 && !c.Text.EndsWith(' ') ? c.Text + " " : c.Text));
        return run[0] with { Top = top, Width = run[^1].Right - run[0].Left, Height = run.Max(c => c.Bottom) - top, Text = text, FontSize = size };
    }

    /// <summary>Words standing apart by more than a few spaces: side-by-side columns (recipients and signer of a closing
    /// block), not a footnote's running text.</summary>
    private static bool HasColumnGap(PdfLine line, double size)
    {
        var words = line.Chunks.Where(c => c.Text.Trim().Length > 0).ToList();
        return words.Zip(words.Skip(1)).Any(p => p.Second.Left - p.First.Right > size * ColumnGap);
    }

    /// <summary>The index of the page's first footnote-area line, or -1.</summary>
    private static int AreaStart(PdfPageText page, List<PdfLine> lines, BodyMeasures body)
    {
        if (lines.Count < 2) return -1;
        var start = lines.Count - 1;
        while (start > 0 && lines[start].Bottom - lines[start - 1].Bottom <= body.Pitch * TightPitch) start--;
        if (start == 0) return -1;
        var height = page.Height > 0 ? page.Height : lines[^1].Bottom;
        var area = lines.Skip(start).ToList();
        var spaceAbove = lines[start].Top - lines[start - 1].Bottom;
        var glyphs = Median(area.Select(l => l.Size));
        return lines[start].Top > height * 0.5 && spaceAbove >= body.Space + body.Size * SeparatorGap && glyphs <= body.Size * SmallGlyphs ? start : -1;
    }

    /// <summary>The markers the lines cite as raised digits or asterisks, in reading order.</summary>
    private static IEnumerable<string> CitedMarkers(IEnumerable<PdfLine> lines) =>
        lines.SelectMany(l => l.Chunks.Where(c => l.IsSuperscript(c) && FootnoteMarker.IsMarkerText(c.Text)).Select(c => c.Text.Trim()));

    /// <summary>The marker a footnote line already starts with (a raised one, or digits), else null.</summary>
    private static string? LeadingMarker(PdfLine line) =>
        FootnoteMarker.TryStrip(line, out var marker, out _) ? marker : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>The document's running text: glyph height, line pitch and the white space between its lines.</summary>
    private sealed record BodyMeasures(double Size, double Pitch, double Space);

    /// <summary>What OCR makes of a raised footnote digit standing alone at a line's start.</summary>
    [GeneratedRegex(@"^\s*([!""'*?‘’“”^°]{1,2})(?![\p{L}\p{N}])\s*")]
    private static partial Regex Misread();
}

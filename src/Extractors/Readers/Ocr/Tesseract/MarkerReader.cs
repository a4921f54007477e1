using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Reads the raised-glyph candidates of a page again, as digits or asterisks only: the crops are enlarged and stacked
/// on one white sheet, one per row, and read by a single Tesseract run (TSV). A candidate whose row reads as 1-3 digits
/// or asterisks is a footnote marker; anything else (a quote mark) keeps Tesseract's first reading.
/// </summary>
internal static partial class MarkerReader
{
    private const int Pad = 4;
    private const int Margin = 40;
    private const int TargetHeight = 48;
    private const int MinConfidence = 40;

    public static Dictionary<MarkerCandidate, string> Read(
        GrayImage page, IReadOnlyList<MarkerCandidate> candidates, TesseractRunner runner, string scratch, CancellationToken cancellationToken)
    {
        var markers = new Dictionary<MarkerCandidate, string>();
        if (candidates.Count == 0) return markers;
        var placed = new List<(MarkerCandidate Candidate, int Top, int Bottom)>();
        var width = 0;
        var height = Margin;
        foreach (var c in candidates)
        {
            var scale = Math.Clamp((int)Math.Ceiling(TargetHeight / (double)c.Box.Height), 1, 4);
            var w = (c.Box.Width + 2 * Pad) * scale;
            var h = (c.Box.Height + 2 * Pad) * scale;
            placed.Add((c, height, height + h));
            width = Math.Max(width, w + 2 * Margin);
            height += h + Margin;
        }

        var sheet = GrayImage.Blank(width, height);
        foreach (var (c, top, bottom) in placed)
        {
            var scale = (bottom - top) / (c.Box.Height + 2 * Pad);
            sheet.Paste(page, c.Box.Left - Pad, c.Box.Top - Pad, c.Box.Width + 2 * Pad, c.Box.Height + 2 * Pad, Margin, top, scale);
        }

        var path = Path.Combine(scratch, "markers.pgm");
        sheet.WritePgm(path);
        var tsv = TesseractRunner.Text(runner.Tesseract(
            [path, "stdout", "-l", runner.Options.Language, "--psm", "6", "-c", "tessedit_char_whitelist=0123456789*", "tsv"], cancellationToken, allowFailure: true));
        var rows = new Dictionary<int, List<(int Left, string Text, double Confidence)>>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5" || f[11].Trim().Length == 0) continue;
            var left = int.Parse(f[6], CultureInfo.InvariantCulture);
            var center = int.Parse(f[7], CultureInfo.InvariantCulture) + int.Parse(f[9], CultureInfo.InvariantCulture) / 2;
            var confidence = double.Parse(f[10], CultureInfo.InvariantCulture);
            var row = placed.FindIndex(p => center >= p.Top && center <= p.Bottom);
            if (row < 0) continue;
            if (!rows.TryGetValue(row, out var words)) rows[row] = words = [];
            words.Add((left, f[11].Trim(), confidence));
        }

        foreach (var (row, words) in rows)
        {
            var text = string.Concat(words.OrderBy(w => w.Left).Select(w => w.Text));
            if (MarkerText().IsMatch(text) && words.Min(w => w.Confidence) >= MinConfidence) markers[placed[row].Candidate] = text;
        }

        return markers;
    }

    [GeneratedRegex(@"^(\d{1,3}|\*{1,3})$")]
    private static partial Regex MarkerText();
}

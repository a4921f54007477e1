using System.Text;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Turns recognized lines into the PDF layout code's positioned text: one chunk per word, spanning its line's text band,
/// with the line's text height as font size (so that footnote areas and headings in larger type stand out as in a text
/// PDF); a footnote marker read from raised glyphs becomes a small raised chunk of its own. A skewed scan is
/// bold where its stems are thick (<see cref="StrokeWeight"/>). A skewed scan is straightened here, on the coordinates: every chunk is turned about the page centre by the median baseline slope, so
/// that lines are level and left edges line up. Pixels become points by <c>pointsPerPixel</c>.
/// </summary>
internal static class HocrPageBuilder
{
    private const double MarkerSizeRatio = 0.6;

    public static PdfPageText Build(int number, int widthPixels, int heightPixels, IReadOnlyList<HocrLine> lines,
        IReadOnlyDictionary<(int Line, int Word), (MarkerCandidate Candidate, string Text)> markers, bool[][] bold, double pointsPerPixel)
    {
        var level = new Leveler(widthPixels / 2.0, heightPixels / 2.0, Skew(lines));
        var chunks = new List<PdfTextChunk>();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var size = line.TextHeight * pointsPerPixel;
            var w = 0;
            PdfTextChunk Chunk(int left, int right, string text)
            {
                var center = (left + right) / 2.0;
                var top = line.TopAt(center);
                var bottom = line.BaselineAt(center) + line.Descenders;
                var width = Math.Max(1, right - left + 1);
                var (x, y) = level.Apply(center, (top + bottom) / 2);
                return new PdfTextChunk((x - width / 2.0) * pointsPerPixel, (y - (bottom - top) / 2) * pointsPerPixel, width * pointsPerPixel,
                    (bottom - top) * pointsPerPixel, Nfc(text), size, bold[l][w], false);
            }

            for (w = 0; w < line.Words.Count; w++)
            {
                // words are separated by a space at the end of the word's last chunk, as in a PDF text layer
                if (w > 0 && chunks.Count > 0) chunks[^1] = chunks[^1] with { Text = chunks[^1].Text + " " };
                var word = line.Words[w];
                if (!markers.TryGetValue((l, w), out var marker))
                {
                    chunks.Add(Chunk(word.Box.Left, word.Box.Right, word.Text));
                    continue;
                }

                var box = marker.Candidate.Box;
                var (mx, my) = level.Apply(box.CenterX, (box.Top + box.Bottom) / 2.0);
                var markerChunk = new PdfTextChunk((mx - box.Width / 2.0) * pointsPerPixel, (my - box.Height / 2.0) * pointsPerPixel,
                    box.Width * pointsPerPixel, box.Height * pointsPerPixel, marker.Text, size * MarkerSizeRatio, bold[l][w], false);
                if (marker.Candidate.AtStart)
                {
                    chunks.Add(markerChunk);
                    var rest = TextWhere(word, c => c.CenterX > box.Right);
                    if (rest.Length > 0) chunks.Add(Chunk(box.Right + 1, word.Box.Right, rest));
                    continue;
                }

                var main = TextWhere(word, c => c.CenterX < box.Left);
                if (main.Length > 0) chunks.Add(Chunk(word.Box.Left, box.Left - 1, main));
                chunks.Add(markerChunk);
                var trailing = TrailingPunctuation(word.Text, marker.Candidate.TrailingPunctuation);
                if (trailing.Length > 0) chunks.Add(Chunk(box.Right + 1, Math.Max(box.Right + 1, word.Box.Right), trailing));
            }
        }

        return new PdfPageText(number, widthPixels * pointsPerPixel, heightPixels * pointsPerPixel, chunks);
    }

    /// <summary>The page's skew: the median baseline slope of its lines of several words, weighted by nothing else.</summary>
    internal static double Skew(IReadOnlyList<HocrLine> lines)
    {
        var slopes = lines.Where(l => l.Words.Count >= 4).Select(l => l.BaselineSlope).Order().ToList();
        return slopes.Count == 0 ? 0 : slopes[slopes.Count / 2];
    }

    /// <summary>The characters of a word whose boxes pass the test; without character boxes, the word's letters and digits
    /// up to its first other character.</summary>
    private static string TextWhere(HocrWord word, Func<PixelBox, bool> keep)
    {
        if (word.Characters.Count == 0) return new string(word.Text.TakeWhile(char.IsLetterOrDigit).ToArray());
        var text = new StringBuilder();
        foreach (var (box, t) in word.Characters) if (keep(box)) text.Append(t);
        return text.ToString();
    }

    /// <summary>The last <paramref name="count"/> punctuation marks a word's text ends with (the full stop after
    /// <c>2022¹</c>), which Tesseract often reads into the marker.</summary>
    private static string TrailingPunctuation(string text, int count)
    {
        var end = text.Length;
        while (end > 0 && text.Length - end < count && ".,;:)".Contains(text[end - 1])) end--;
        return text[end..];
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Turns points about the page centre so that a line of the given slope becomes level.</summary>
    private readonly struct Leveler(double centerX, double centerY, double slope)
    {
        private readonly double _cos = Math.Cos(Math.Atan(slope));
        private readonly double _sin = Math.Sin(Math.Atan(slope));

        public (double X, double Y) Apply(double x, double y) =>
            (centerX + (x - centerX) * _cos + (y - centerY) * _sin, centerY - (x - centerX) * _sin + (y - centerY) * _cos);
    }
}

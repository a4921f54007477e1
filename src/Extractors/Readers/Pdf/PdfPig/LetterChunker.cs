using System.Globalization;
using System.Text;
using ThiDua.Extractors.Readers.Pdf.Engine;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ThiDua.Extractors.Readers.Pdf.PdfPig;

/// <summary>
/// Groups a page's letters, in drawing order, into the chunks the layout code reads: one font and size on one baseline,
/// advancing left to right. A gap of a word space becomes a space; a wider gap, a jump back or a link's edge starts a new
/// chunk (the layout decides what the gap means), and so does entering or leaving a tagged table or row
/// (<paramref name="tables"/> gives the letters inside one). Combining marks drawn after their base letter stay with it.
/// The box of a chunk spans the font's usual ascent and descent around the baseline, as Poppler reports it.
/// </summary>
public static class LetterChunker
{
    private const double Ascent = 0.9;
    private const double Descent = 0.25;

    public static IReadOnlyList<PdfTextChunk> Chunk(IReadOnlyList<Letter> letters, double pageHeight, IReadOnlyList<PdfLink> links, IReadOnlyDictionary<Letter, StructurePlace>? tables = null)
    {
        var chunks = new List<PdfTextChunk>();
        var open = new OpenChunk();
        var pendingSpace = false;
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(letter.Value)) continue;
            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                pendingSpace = open.Text.Length > 0;
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            var baseline = pageHeight - letter.StartBaseLine.Y;
            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left);
            var font = letter.FontName ?? letter.FontDetails?.Name;
            var combining = IsCombining(value);
            var link = LinkIndex(links, left, right, baseline);
            StructurePlace? table = tables is not null && tables.TryGetValue(letter, out var t) ? t : null;
            if (open.Text.Length > 0)
            {
                var gap = left - open.Right;
                var sameRun = font == open.Font && Math.Abs(size - open.Size) <= open.Size * 0.05
                    && Math.Abs(baseline - open.Baseline) <= open.Size * 0.1 && link == open.Link && table == open.Table;
                if (combining && sameRun)
                {
                    open.Text.Append(value);
                    continue;
                }

                if (sameRun && gap >= -open.Size * 0.3 && gap <= open.Size * 0.5)
                {
                    if (pendingSpace || gap > open.Size * 0.15) open.Text.Append(' ');
                    open.Text.Append(value);
                    open.Right = Math.Max(open.Right, right);
                    pendingSpace = false;
                    continue;
                }

                chunks.Add(open.Close());
            }

            pendingSpace = false;
            open.Start(letter, value, font, size, baseline, left, right, link, table);
        }

        if (open.Text.Length > 0) chunks.Add(open.Close());
        return chunks;
    }

    private static bool IsCombining(string value) =>
        value.All(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark);

    private static int LinkIndex(IReadOnlyList<PdfLink> links, double left, double right, double baseline)
    {
        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            var x = (left + right) / 2;
            if (x >= l.Left && x <= l.Right && baseline >= l.Top && baseline - 1 <= l.Bottom) return i;
        }

        return -1;
    }

    private sealed class OpenChunk
    {
        public StringBuilder Text { get; } = new();

        public string? Font { get; private set; }

        public double Size { get; private set; }

        public double Baseline { get; private set; }

        public double Left { get; private set; }

        public double Right { get; set; }

        public int Link { get; private set; }

        public StructurePlace? Table { get; private set; }

        private bool _bold;
        private bool _italic;

        public void Start(Letter letter, string value, string? font, double size, double baseline, double left, double right, int link, StructurePlace? table)
        {
            Table = table;
            Text.Clear().Append(value);
            Font = font;
            Size = size;
            Baseline = baseline;
            Left = left;
            Right = right;
            Link = link;
            var name = font ?? "";
            _bold = letter.FontDetails?.IsBold == true || Poppler.FontNames.IsBold(name) || letter.RenderingMode == TextRenderingMode.FillThenStroke;
            _italic = letter.FontDetails?.IsItalic == true || Poppler.FontNames.IsItalic(name);
        }

        public PdfTextChunk Close()
        {
            var text = Text.ToString().Normalize(NormalizationForm.FormC);
            Text.Clear();
            return new PdfTextChunk(Left, Baseline - Size * Ascent, Math.Max(Right - Left, 0.1), Size * (Ascent + Descent), text, Size, _bold, _italic, Font) { StructureTable = Table?.Table, StructureRow = Table is { Row: > 0 } place ? place.Row : null };
        }
    }
}

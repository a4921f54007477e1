using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// Measures each line of a page relative to the document's body text (size, weight, indentation, position, numbering,
/// length, gaps, opening a note or standing below one, place in the document), so that one model serves documents of any font size,
/// page format and producer.
/// </summary>
public static partial class LineFeatureExtractor
{
    public static float[] Extract(PdfPageText page, IReadOnlyList<PdfLine> lines, int index, DocumentMetrics metrics, LineRoleContext context)
    {
        var line = lines[index];
        var size = metrics.BodySize;
        var text = line.Text;
        var letters = text.Where(char.IsLetter).ToList();
        var height = page.Height > 0 ? page.Height : 842;
        var previous = index > 0 ? lines[index - 1] : null;
        var next = index + 1 < lines.Count ? lines[index + 1] : null;
        var bodyCentre = (metrics.BodyLeft + metrics.BodyRight) / 2;
        var visible = line.Chunks.Where(c => c.Text.Trim().Length > 0).ToList();
        return
        [
            (float)(line.Size / size),
            line.AllBold ? 1 : 0,
            visible.Count > 0 && visible.All(c => c.Italic) ? 1 : 0,
            (float)((line.Left - metrics.BodyLeft) / size),
            (float)((metrics.BodyRight - line.Right) / size),
            (float)(Math.Abs((line.Left + line.Right) / 2 - bodyCentre) / size),
            (float)((line.Right - line.Left) / Math.Max(1, metrics.BodyRight - metrics.BodyLeft)),
            (float)(line.Top / height),
            previous is null ? 10 : (float)Math.Min(10, (line.Top - previous.Bottom) / size),
            next is null ? 10 : (float)Math.Min(10, (next.Top - line.Bottom) / size),
            Roman().IsMatch(text) ? 1 : 0,
            Arabic().IsMatch(text) ? 1 : 0,
            Letter().IsMatch(text) ? 1 : 0,
            Bullet().IsMatch(text) ? 1 : 0,
            Part().IsMatch(text) ? 1 : 0,
            letters.Count == 0 ? 0 : (float)letters.Count(char.IsUpper) / letters.Count,
            line.Segments.Count,
            Math.Min(200, text.Length) / 100f,
            visible.Count > 1 && line.IsSuperscript(visible[0]) && char.IsDigit(visible[0].Text.Trim()[0]) || Marker().IsMatch(text) ? 1 : 0,
            page.Number == 1 ? 1 : 0,
            lines.Count <= 1 ? 0 : (float)index / (lines.Count - 1),
            context.OpensNote(page, line) ? 1 : 0,
            Enumerable.Range(0, index).Any(k => context.OpensNote(page, lines[k])) ? 1 : 0,
            context.PageCount <= 1 ? 0 : (float)(page.Number - 1) / (context.PageCount - 1),
        ];
    }

    [GeneratedRegex(@"^[IVXLC]{1,6}\s*[.\-–)]\s")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2}){0,3}\.?\s")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[a-zđ]\)\s")]
    private static partial Regex Letter();

    [GeneratedRegex(@"^[-–+•*]\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(Phần|PHẦN|Phụ lục|PHỤ LỤC)\b")]
    private static partial Regex Part();

    [GeneratedRegex(@"^\(?\d{1,3}\)?\s?[-.)]?\s?\p{Lu}")]
    private static partial Regex Marker();
}

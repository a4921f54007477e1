using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Layout;

/// <summary>Recognized pages written by hand, as an OCR engine gives them: one chunk per word, each followed by a space.</summary>
internal static class ScanPages
{
    public const double Left = 85;
    public const double BodySize = 13;
    public const double BodyPitch = 19.4;

    /// <summary>One line of words from <paramref name="left"/>, one character 0.5 size wide, one space between words
    /// (wider where the text holds a run of spaces).</summary>
    public static IEnumerable<PdfTextChunk> Line(double top, double size, string text, double left = Left, bool bold = false)
    {
        var x = left;
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0)
            {
                x += size * 2;
                continue;
            }

            var width = word.Length * size * 0.5;
            yield return new PdfTextChunk(x, top, width, size, word + " ", size, bold, false);
            x += width + size * 0.3;
        }
    }

    /// <summary>A raised small digit standing right after the chunk before it.</summary>
    public static PdfTextChunk Superscript(PdfTextChunk after, string text) =>
        new(after.Right, after.Top - 1, 3.5, after.Height * 0.4, text, after.FontSize * 0.6, false, false);

    /// <summary>Body text lines from the top of the page, every line <see cref="BodyPitch"/> below the one before.</summary>
    public static List<PdfTextChunk> Body(int lines, double top = 60)
    {
        var chunks = new List<PdfTextChunk>();
        for (var i = 0; i < lines; i++)
        {
            chunks.AddRange(Line(top + i * BodyPitch, BodySize, $"dòng {i} của phần thân báo cáo viết liền một mạch dài"));
        }

        return chunks;
    }
}

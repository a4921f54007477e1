using ThiDua.Extractors.Readers.Ocr;
using ThiDua.Extractors.Readers.Ocr.Tesseract;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Tesseract;

/// <summary>Bold words on a scan told by their stems' thickness against the page's usual stems.</summary>
public sealed class StrokeWeightTests
{
    private const int WordWidth = 80;
    private const int Gap = 20;
    private const int LineHeight = 40;

    [Fact]
    public void Words_with_thick_stems_are_bold_and_a_bold_run_stays_whole()
    {
        // eight lines of regular words (stems 3 px), a heading line of bold words (7 px) and a line whose lead is bold;
        // the heading's third word is drawn light, as a bold N or M is
        int[][] stems =
        [
            .. Enumerable.Repeat(new[] { 3, 3, 3, 3, 3, 3 }, 8),
            [7, 7, 3, 7, 7],
            [7, 7, 3, 3, 3, 3],
        ];
        var (image, lines) = Draw(stems);

        var bold = StrokeWeight.BoldWords(image, lines);

        Assert.All(bold.Take(8), line => Assert.All(line, Assert.False));
        Assert.All(bold[8], Assert.True);
        Assert.Equal([true, true, false, false, false, false], bold[9]);
    }

    /// <summary>Each word five vertical bars of its stem width, from the top of the letters to the baseline.</summary>
    private static (GrayImage Image, List<HocrLine> Lines) Draw(int[][] stems)
    {
        var width = 20 + stems.Max(s => s.Length) * (WordWidth + Gap);
        var height = 20 + stems.Length * LineHeight;
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        var lines = new List<HocrLine>();
        for (var l = 0; l < stems.Length; l++)
        {
            var top = 10 + l * LineHeight;
            var baseline = top + 24;
            var words = new List<HocrWord>();
            for (var w = 0; w < stems[l].Length; w++)
            {
                var left = 10 + w * (WordWidth + Gap);
                for (var bar = 0; bar < 5; bar++)
                {
                    for (var x = left + bar * 16; x < left + bar * 16 + stems[l][w]; x++)
                    {
                        for (var y = top; y < baseline; y++) pixels[y * width + x] = 0;
                    }
                }

                words.Add(new HocrWord(new PixelBox(left, top, left + WordWidth - 1, baseline - 1), "chữ", 95, []));
            }

            lines.Add(new HocrLine(new PixelBox(10, top, width - 10, baseline + 5), 0, -6, 30, 6, words));
        }

        return (new GrayImage(width, height, pixels), lines);
    }
}

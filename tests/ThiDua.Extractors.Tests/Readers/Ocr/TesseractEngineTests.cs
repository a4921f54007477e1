using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Extractors.Readers.Ocr.Tesseract;
using ThiDua.Extractors.Readers.Pdf.Layout;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>Tesseract for real on scanned pages of the corpus: text, lines in reading order, footnote markers raised.</summary>
public sealed partial class TesseractEngineTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("ocr-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_png_page_reads_as_its_source_text_line_by_line()
    {
        var image = OcrFixtures.PageImage(_temp, "000-clean.pdf", 3, "png");
        var pages = new TesseractEngine().ReadImage(image, CancellationToken.None);

        var page = Assert.Single(pages);
        var lines = LineBuilder.Build(page);
        var rate = CharacterErrorRate(lines, 3);
        Assert.True(rate <= 0.03, $"character error rate {rate:P2}");

        // the footnote marker after "2022" (read by Tesseract as a quote mark) is a raised "1", and so is the one opening
        // the footnote at the foot of the page
        var citing = lines.Single(l => l.Text.StartsWith("2022", StringComparison.Ordinal));
        Assert.Contains(citing.Chunks, c => c.Text.Trim() == "1" && citing.IsSuperscript(c));
        var note = lines.Single(l => l.Text.Contains("Lúa cả năm", StringComparison.Ordinal));
        Assert.True(note.IsSuperscript(note.Chunks[0]) && note.Chunks[0].Text.Trim() == "1", note.Text);
        Assert.True(note.Size < citing.Size - 1.4, "a footnote line is in smaller type than the body");
    }

    /// <summary>A page scanned turned a quarter: Tesseract reads its words but lays every line on end; the page is put
    /// upright (orientation detection) and read again, so that its lines read as the source's.</summary>
    [Fact]
    public void A_page_turned_a_quarter_is_put_upright_and_reads_as_its_source_text()
    {
        var upright = OcrFixtures.PageImage(_temp, "000-clean.pdf", 3, "png");
        var turned = Path.Combine(_temp, "turned.png");
        OcrFixtures.Run("convert", upright, "-rotate", "90", turned);

        var page = Assert.Single(new TesseractEngine().ReadImage(turned, CancellationToken.None));

        Assert.True(page.Height > page.Width, $"page {page.Width}x{page.Height} is not upright");
        var rate = CharacterErrorRate(LineBuilder.Build(page), 3);
        Assert.True(rate <= 0.03, $"character error rate {rate:P2}");
    }

    private double CharacterErrorRate(List<PdfLine> lines, int sourcePage)
    {
        foreach (var line in lines) output.WriteLine($"{line.Top,7:0.0} {line.Size,5:0.0} {line.Text}");
        var reading = Fold(string.Join(" ", lines.Select(l => l.Text)));
        var reference = Fold(OcrFixtures.SourceText(Path.Combine(TestPaths.Corpus, "pdf", "000.pdf"), sourcePage));
        var rate = (double)Levenshtein(reference, reading) / reference.Length;
        output.WriteLine($"character error rate {rate:P2}");
        return rate;
    }

    private static string Fold(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++) current[j] = Math.Min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

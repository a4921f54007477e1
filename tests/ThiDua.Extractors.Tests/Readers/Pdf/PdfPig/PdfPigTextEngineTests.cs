using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Extractors.Readers.Pdf.PdfPig;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Tests.Readers.Pdf.PdfPig;

/// <summary>The PdfPig engine against Poppler on the same files: same text, sizes and styles; rules and links in one pass.</summary>
public sealed class PdfPigTextEngineTests
{
    private static string Corpus(string folder, string name) => Path.Combine(TestPaths.Corpus, folder, name + ".pdf");

    [Fact]
    public void Gives_the_same_words_as_Poppler_with_font_names_and_styles()
    {
        var path = Corpus("pdf", "000");
        var pig = new PdfPigTextEngine().Extract(path, CancellationToken.None);
        var poppler = new PopplerTextEngine().Extract(path, CancellationToken.None);

        Assert.Equal(poppler.PageCount, pig.PageCount);
        static List<string> Words(PdfEngineResult r) => r.Pages.SelectMany(p => p.Chunks).SelectMany(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var pigWords = Words(pig);
        var popplerWords = Words(poppler);
        Assert.True(Math.Abs(pigWords.Count - popplerWords.Count) <= popplerWords.Count / 100, $"{pigWords.Count} words against Poppler's {popplerWords.Count}");
        Assert.Equal(popplerWords.ToHashSet().Order(), pigWords.ToHashSet().Order());
        var chunks = pig.Pages.SelectMany(p => p.Chunks).ToList();
        Assert.All(chunks, c => Assert.False(string.IsNullOrEmpty(c.FontName)));
        Assert.Contains(chunks, c => c.Bold && c.FontName!.Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(chunks, c => c.Italic);
        Assert.Contains(chunks, c => Math.Abs(c.FontSize - 13) < 0.1);
    }

    [Fact]
    public void Finds_the_ruling_lines_of_table_pages_in_the_same_pass()
    {
        var pig = new PdfPigTextEngine().Extract(Corpus("pdf", "000"), CancellationToken.None);
        Assert.All(pig.Pages, p => Assert.NotNull(p.Rules));
        var ruled = pig.Pages.Where(p => p.Rules!.Count(r => r.IsHorizontal) >= 3 && p.Rules!.Count(r => !r.IsHorizontal) >= 3).ToList();
        Assert.NotEmpty(ruled);
        Assert.All(ruled.SelectMany(p => p.Rules!), r => Assert.InRange(r.Y0, 0, 842));
    }

    [Fact]
    public void Reads_Chromium_footnote_links_as_internal_links_to_later_pages()
    {
        var pig = new PdfPigTextEngine().Extract(Corpus("pdf-chromium", "001"), CancellationToken.None);
        var first = pig.Pages[0];
        Assert.NotEmpty(first.Links);
        Assert.All(first.Links, l => Assert.True(l.TargetPage > 1 && l.Right > l.Left && l.Bottom > l.Top));
        Assert.Contains(first.Chunks, c => c.Text == "1" && first.Links.Any(l => l.Covers(c)));
    }

    [Fact]
    public void Encrypted_and_damaged_files_end_with_their_codes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pdfpig-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var truncated = Path.Combine(folder, "truncated.pdf");
            File.WriteAllBytes(truncated, File.ReadAllBytes(Corpus("pdf", "000"))[..300]);
            var e = Assert.Throws<ReaderException>(() => new PdfReader(new PdfPigTextEngine(), PdfReaderOptions.Default).Read(truncated, CancellationToken.None));
            Assert.Equal("corrupt_file", e.Code);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Engine_is_chosen_by_name_with_PdfPig_the_default()
    {
        Assert.IsType<PdfPigTextEngine>(PdfEngines.Create(null));
        Assert.IsType<PdfPigTextEngine>(PdfEngines.Create("PdfPig"));
        Assert.IsType<PopplerTextEngine>(PdfEngines.Create("poppler"));
        Assert.Throws<ArgumentException>(() => PdfEngines.Create("mupdf"));
    }
}

using System.Text.Json;
using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Every corpus rendition's extraction equals the hand-written expectation of its report, component by component.</summary>
public sealed class CorpusExtractionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> AllRenditions() => Cases("docx", "docx-autonum", "docx-lo", "doc", "pdf", "pdf-chromium", "legacy-tcvn3", "legacy-vni");

    [Theory]
    [MemberData(nameof(AllRenditions))]
    public void Extraction_matches_expectations(string reportId, string path)
    {
        var report = CorpusIngestion.Ingest(path);
        using var expected = JsonDocument.Parse(File.ReadAllText(CorpusCatalog.ExpectedPath(reportId)));
        var scores = ExtractionScorer.Score(report, expected.RootElement);
        foreach (var score in scores) output.WriteLine(score.ToString());
        var failures = scores.Where(s => s.Rate < 1).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.SelectMany(f => f.Differences.Prepend("== " + f))));
    }

    /// <summary>The second PDF producer (LibreOffice HTML printed by Chromium: footnotes as links to notes at the end, text set ragged-right, nothing centred).</summary>
    public static TheoryData<string, string> ChromiumPdfs() => Cases("pdf-chromium");

    /// <summary>
    /// The Chromium PDF's paragraphs are its Word original's, wrapped lines and page breaks rejoined: the paragraph texts
    /// in common (longest common subsequence) cover 98% or more of the longer list.
    /// </summary>
    [Theory]
    [MemberData(nameof(ChromiumPdfs))]
    public void Chromium_pdf_paragraphs_are_the_Word_originals(string reportId, string path)
    {
        var word = ParagraphTexts(CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", reportId + ".docx")).Sections);
        var pdf = ParagraphTexts(CorpusIngestion.Ingest(path).Sections);
        var common = Lcs.Length(word, pdf);
        Assert.True(common >= 0.98 * Math.Max(word.Count, pdf.Count), $"{common} of {word.Count} (Word) / {pdf.Count} (PDF)\n" + string.Join("\n", Lcs.Differences(word, pdf).Take(12)));
    }

    private static List<string> ParagraphTexts(IReadOnlyList<Section> sections) =>
        sections.SelectMany(s => s.Blocks.Where(b => b.Kind == "paragraph" && b.Text is not null).Select(b => Text.Fold(b.Text)).Concat(ParagraphTexts(s.Children))).ToList();

    [Theory]
    [MemberData(nameof(LibreOfficeVariants))]
    public void LibreOffice_saved_variant_gives_the_same_extraction(string reportId, string path)
    {
        var original = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", reportId + ".docx"));
        var variant = CorpusIngestion.Ingest(path);
        Assert.Equal(Comparable(original), Comparable(variant));
    }

    public static TheoryData<string, string> LibreOfficeVariants() => Cases("docx-lo");

    public static TheoryData<string, string> LegacyEncodings() => Cases("legacy-tcvn3", "legacy-vni");

    /// <summary>A report typed in TCVN3 or VNI fonts gives exactly the extraction of its Unicode original.</summary>
    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Legacy_encoded_rendition_gives_the_same_extraction_as_its_Unicode_original(string reportId, string path)
    {
        var original = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", reportId + ".docx"));
        var legacy = CorpusIngestion.Ingest(path);
        Assert.Equal(Comparable(original), Comparable(legacy));
    }

    public static TheoryData<string, string> Pdfs() => Cases("pdf");

    /// <summary>A PDF yields the same award records and the same flags as the Word document it was exported from.</summary>
    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Pdf_gives_the_same_awards_and_flags_as_its_Word_original(string reportId, string path)
    {
        var word = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", reportId + ".docx"));
        var pdf = CorpusIngestion.Ingest(path);
        Assert.Equal(AwardKeys(word), AwardKeys(pdf));
        Assert.Equal(FlagKeys(word), FlagKeys(pdf));
    }

    private static List<string> AwardKeys(Report report) =>
        report.Awards.Select(a => $"{a.Code} {a.Level} {a.Grantor} {a.Recipient} {a.Count} {a.Basis} {a.Status} {a.DirectWorkers}").Order(StringComparer.Ordinal).ToList();

    private static List<string> FlagKeys(Report report) =>
        report.Flags.Select(f => $"{f.Kind} {f.Stated?.Number}{f.Stated?.Text} {f.Computed} {f.Expression}").Order(StringComparer.Ordinal).ToList();

    internal static string Comparable(Report report) =>
        ThiDua.Extractors.Pipeline.ReportJson.Serialize(report with { Source = report.Source with { FileName = "", Sha256 = "", Format = "", Extractor = "", PageCount = null, Warnings = [], InputPath = null } });

    private static TheoryData<string, string> Cases(params string[] variants)
    {
        var data = new TheoryData<string, string>();
        foreach (var document in CorpusCatalog.All(variants)) data.Add(document.ReportId, document.Path);
        return data;
    }
}

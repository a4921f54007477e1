using System.Text.Json;
using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Every corpus rendition's extraction equals the hand-written expectation of its report, component by component.</summary>
public sealed class CorpusExtractionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> WordDocuments() => Cases("docx", "docx-autonum", "docx-lo", "doc");

    [Theory]
    [MemberData(nameof(WordDocuments))]
    public void Word_extraction_matches_expectations(string reportId, string path)
    {
        var report = CorpusIngestion.Ingest(path);
        using var expected = JsonDocument.Parse(File.ReadAllText(CorpusCatalog.ExpectedPath(reportId)));
        var scores = ExtractionScorer.Score(report, expected.RootElement);
        foreach (var score in scores) output.WriteLine(score.ToString());
        var failures = scores.Where(s => s.Rate < 1).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.SelectMany(f => f.Differences.Prepend("== " + f))));
    }

    [Theory]
    [MemberData(nameof(LibreOfficeVariants))]
    public void LibreOffice_saved_variant_gives_the_same_extraction(string reportId, string path)
    {
        var original = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", reportId + ".docx"));
        var variant = CorpusIngestion.Ingest(path);
        Assert.Equal(Comparable(original), Comparable(variant));
    }

    public static TheoryData<string, string> LibreOfficeVariants() => Cases("docx-lo");

    private static string Comparable(Report report) =>
        ThiDua.Extractors.Pipeline.ReportJson.Serialize(report with { Source = report.Source with { FileName = "", Sha256 = "", Format = "", Extractor = "", PageCount = null, Warnings = [] } });

    private static TheoryData<string, string> Cases(params string[] variants)
    {
        var data = new TheoryData<string, string>();
        foreach (var document in CorpusCatalog.All(variants)) data.Add(document.ReportId, document.Path);
        return data;
    }
}

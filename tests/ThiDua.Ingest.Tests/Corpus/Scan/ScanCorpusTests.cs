using System.Text.Json;
using ThiDua.Extractors.Readers.Pdf.Layout;
using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>
/// The scanned renditions (corpus/scan, made by corpus/make.sh from corpus/pdf at 200 dpi): each page's OCR text against
/// the text layer of the PDF the scan was made from (pdftotext), and the extraction against the report's hand-written
/// expectation. Accuracy thresholds: character error rate at most 3% on the clean scan, headings and footnotes found
/// at least 90% of the time on each scan.
/// </summary>
public sealed class ScanCorpusTests(ITestOutputHelper output)
{
    private const string Report = "000";

    [Fact]
    public void Clean_scan_reads_with_at_most_3_percent_character_errors()
    {
        var rate = CharacterErrorRate(Report, "clean");
        Assert.True(rate <= 0.03, $"character error rate {rate:P2}");
    }

    /// <summary>Issue 11's target on every scan, clean and skewed (measured: 000 47/49 headings and 7/7 footnotes on both,
    /// 003 15/15 and 14/15 headings; see the README's OCR scores). Each scan is read once per run (measured on the
    /// loaded two-core machine: 35 s for each 003 scan, 75-95 s for each 000 scan); the character error rate and every
    /// component's score go to the output.</summary>
    [Theory]
    [InlineData("000", "clean")]
    [InlineData("000", "skew")]
    [InlineData("003", "clean")]
    [InlineData("003", "skew")]
    public void Scan_finds_at_least_90_percent_of_headings_and_footnotes(string reportId, string variant)
    {
        var (report, _) = ScanIngestion.Ingest(ScanPath(reportId, variant));
        using var expected = JsonDocument.Parse(File.ReadAllText(CorpusCatalog.ExpectedPath(reportId)));
        var headings = OcrMatch.HeadingsFound(report, expected.RootElement);
        var footnotes = OcrMatch.FootnotesFound(report, expected.RootElement);
        CharacterErrorRate(reportId, variant);
        foreach (var score in ExtractionScorer.Score(report, expected.RootElement).Append(headings).Append(footnotes))
        {
            output.WriteLine(score.ToString());
            foreach (var d in score.Differences) output.WriteLine("  " + d);
        }
        Assert.True(headings.Rate >= 0.9, string.Join("\n", headings.Differences.Prepend(headings.ToString())));
        Assert.True(footnotes.Rate >= 0.9, string.Join("\n", footnotes.Differences.Prepend(footnotes.ToString())));
        Assert.Equal("pdf-ocr", report.Source.Format);
    }

    private double CharacterErrorRate(string reportId, string variant)
    {
        var (_, pages) = ScanIngestion.Ingest(ScanPath(reportId, variant));
        var source = Path.Combine(TestPaths.Corpus, "pdf", reportId + ".pdf");
        long edits = 0, length = 0;
        foreach (var page in pages)
        {
            var reference = Text.Fold(SourceText.Page(source, page.Number));
            var reading = Text.Fold(string.Join(" ", LineBuilder.Build(page).Select(l => string.Join(" ", l.Segments.Select(s => s.Text)))));
            var pageEdits = EditDistance.Of(reference, reading);
            output.WriteLine($"page {page.Number}: {pageEdits} edits / {reference.Length} characters");
            edits += pageEdits;
            length += reference.Length;
        }

        var rate = (double)edits / Math.Max(1, length);
        output.WriteLine($"{reportId}-{variant}: character error rate {rate:P2} ({edits} / {length})");
        return rate;
    }

    internal static string ScanPath(string reportId, string variant) => Path.Combine(TestPaths.Corpus, "scan", $"{reportId}-{variant}.pdf");
}

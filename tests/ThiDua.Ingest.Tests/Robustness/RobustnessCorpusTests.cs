using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Every Word and PDF file of ../shared/robustness/ ends in a report or a clear error record within the time limit.
/// Word files must be read (they are valid documents); PDFs may fail with a PDF-specific code, never internal_error.
/// </summary>
public sealed class RobustnessCorpusTests
{
    private static readonly IngestPipeline Pipeline = IngestPipelineBuilder.CreateDefault().Build();

    public static TheoryData<string> WordFiles => RobustnessCorpus.Files("docx");

    public static TheoryData<string> PdfFiles => RobustnessCorpus.Files("pdf");

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void Word_file_is_read(string name)
    {
        var result = Pipeline.Ingest(Path.Combine(RobustnessCorpus.Root, "docx", name));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.True(result.Elapsed < Pipeline.Timeout);
        Assert.Equal("docx", result.Report!.Source.Format);
        Assert.Equal(name, result.Report.Source.FileName);
        _ = ReportJson.Serialize(result.Report);
    }

    [Theory]
    [MemberData(nameof(PdfFiles))]
    public void Pdf_file_ends_in_a_report_or_a_clear_error(string name)
    {
        var result = Pipeline.Ingest(Path.Combine(RobustnessCorpus.Root, "pdf", name));

        Assert.True(result.Elapsed < Pipeline.Timeout);
        if (result.Error is { } error)
        {
            Assert.Contains(error.Code, HostileCases.PdfOutcomes);
            ErrorMessageAssert.NamesFileAndCauseInBothLanguages(error, name, null);
            if (name.StartsWith("005-", StringComparison.Ordinal) && error.Code != ReaderErrorCodes.UnsupportedFormat)
            {
                Assert.Equal(ReaderErrorCodes.Encrypted, error.Code); // the password-protected sample
            }
        }
        else
        {
            Assert.Equal("pdf", result.Report!.Source.Format[..3]);
            _ = ReportJson.Serialize(result.Report);
        }
    }

    [Fact]
    public void Whole_corpus_through_the_cli_writes_one_record_per_file_inside_out()
    {
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "out");
        var files = Directory.EnumerateFiles(RobustnessCorpus.Root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.Ordinal)).ToArray();
        var before = FileSystemSnapshot.Take(temp.Path, RobustnessCorpus.Root);

        var exit = Cli.CliRun.Ingest(outDir, Path.Combine(RobustnessCorpus.Root, "docx"), Path.Combine(RobustnessCorpus.Root, "pdf"));

        Assert.Contains(exit, new[] { 0, 1 });
        var outputs = Directory.GetFiles(outDir);
        Assert.Equal(files.Length, outputs.Length);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            Assert.True(File.Exists(Path.Combine(outDir, name + ".json")) ^ File.Exists(Path.Combine(outDir, name + ".error.json")), name);
        }

        Assert.All(FileSystemSnapshot.Take(temp.Path, RobustnessCorpus.Root).ChangesSince(before), change => Assert.StartsWith("+ " + outDir, change, StringComparison.Ordinal));
    }
}

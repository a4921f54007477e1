using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest.Cli;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>The per-file lines of <c>thidua ingest</c>: Vietnamese then English, each count named in both languages.</summary>
public sealed class OutcomeLineTests
{
    [Fact]
    public void A_succeeded_line_names_each_count_in_Vietnamese_then_English()
    {
        var path = Path.Combine(TestPaths.Corpus, "docx", "000.docx");
        var result = IngestPipelineBuilder.CreateDefault().Build().Ingest(path);
        var report = result.Report!;

        var line = OutcomeLine.Of(new FileOutcome(new InputFile("in/000.docx", false, "000.docx"), FileOutcomeKind.Succeeded, result, null), 3, 10);

        // corpus/expected/000.json (by hand): 7 footnotes, 2 tables
        Assert.StartsWith("[3/10] ✓ in/000.docx: ", line, StringComparison.Ordinal);
        Assert.Contains($"{Sections(report.Sections)} mục / sections, 7 chú thích / footnotes, 2 bảng / tables, ", line, StringComparison.Ordinal);
        Assert.Contains($", {report.Awards.Count} khen thưởng / awards, {report.Flags.Count} cảnh báo / flags (", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_and_skipped_lines_carry_the_bilingual_cause()
    {
        var input = new InputFile("in/rỗng.docx", false, "rỗng.docx");
        var error = new IngestError("rỗng.docx", "empty_file", "rỗng.docx: Tệp rỗng / The file is empty.");
        var failed = OutcomeLine.Of(new FileOutcome(input, FileOutcomeKind.Failed, new IngestResult(input.Path, null, error, TimeSpan.Zero), error.Message), 1, 2);
        Assert.Equal("[1/2] ✗ in/rỗng.docx: [empty_file] rỗng.docx: Tệp rỗng / The file is empty.", failed);

        var skipped = OutcomeLine.Of(new FileOutcome(input, FileOutcomeKind.AlreadyInStore, null, "bỏ qua, đã có trong kho / skipped, already in the store"), 2, 2);
        Assert.Equal("[2/2] ↷ in/rỗng.docx: bỏ qua, đã có trong kho / skipped, already in the store", skipped);
    }

    private static int Sections(IReadOnlyList<Section> sections) => sections.Sum(s => 1 + Sections(s.Children));
}

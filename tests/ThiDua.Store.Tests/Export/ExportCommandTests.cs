using ThiDua.Ingest.Cli;
using ThiDua.Store.Export;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Export;

/// <summary><c>thidua export</c>: filters select the documents their metadata and review state say, and usage errors exit 2.</summary>
public sealed class ExportCommandTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private async Task<HashSet<long>> ExportedDocumentsAsync(ExportFilter filter)
    {
        var folder = fixture.Scratch.File("filter-" + Guid.NewGuid().ToString("N"));
        var log = new StringWriter();
        var code = await new ExportRunner(TextWriter.Null, log).RunAsync(fixture.StorePath, ExportFormat.Csv, folder, filter);
        Assert.True(code == 0, log.ToString());
        return CsvRows.Read(Path.Combine(folder, "documents.csv")).Skip(1).Select(r => long.Parse(r[0])).ToHashSet();
    }

    private HashSet<long> Expected(Func<long, ThiDua.Extractors.Model.DocumentMeta, bool> keep) =>
        fixture.Reports.Where(r => keep(r.Key, r.Value.Document)).Select(r => r.Key).ToHashSet();

    [Fact]
    public async Task Issuer_year_period_and_status_filters_select_the_right_documents()
    {
        Assert.Equal(Expected((_, d) => d.Issuer!.Contains("Cao", StringComparison.OrdinalIgnoreCase)), await ExportedDocumentsAsync(new ExportFilter(Issuer: "cao")));
        Assert.Equal(Expected((_, d) => d.Date.Year == 2023 || d.Period?.Year == 2023), await ExportedDocumentsAsync(new ExportFilter(Year: 2023)));
        Assert.Equal(Expected((_, d) => d.Period?.Part == "first_half"), await ExportedDocumentsAsync(new ExportFilter(Period: "first_half")));
        Assert.Equal([fixture.ReviewedDocument], await ExportedDocumentsAsync(new ExportFilter(ReviewState: ReviewStates.Reviewed)));
        Assert.Equal(Expected((id, _) => id != fixture.ReviewedDocument), await ExportedDocumentsAsync(new ExportFilter(ReviewState: ReviewStates.Unreviewed)));
        Assert.Equal(
            Expected((_, d) => d.Period?.Part == "full_year" && (d.Date.Year == 2024 || d.Period?.Year == 2024)),
            await ExportedDocumentsAsync(new ExportFilter(Year: 2024, Period: "full_year")));
        Assert.Empty(await ExportedDocumentsAsync(new ExportFilter(Issuer: "không có cơ quan này")));
    }

    [Fact]
    public async Task The_issuer_filter_reads_the_corrected_issuer()
    {
        Assert.Equal([fixture.CorrectedDocument], await ExportedDocumentsAsync(new ExportFilter(Issuer: "đã hiệu chỉnh")));
    }

    [Fact]
    public void Usage_errors_exit_2_and_a_written_export_exits_0()
    {
        var output = fixture.Scratch.File("cli-export.xlsx");
        Assert.Equal(0, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "xlsx", "--out", output, "--store", fixture.StorePath]));
        Assert.True(File.Exists(output));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "docx", "--out", output, "--store", fixture.StorePath]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "csv", "--out", output, "--store", fixture.StorePath]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "json", "--out", fixture.Scratch.File("x.json"), "--store", fixture.StorePath, "--status", "done"]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "json", "--out", fixture.Scratch.File("x.json"), "--store", fixture.Scratch.File("missing.db")]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "json", "--store", fixture.StorePath]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["export", "--format", "json", "--out", fixture.Scratch.File("y.json"), "--store", fixture.StorePath, "--year", "năm"]));
        Assert.False(File.Exists(fixture.Scratch.File("missing.db")));
    }
}

using ThiDua.Extractors.Readers;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>The exit codes of spec/CLI.md: 0 all succeeded, 1 any file failed, 2 a usage error (nothing ingested then).</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void All_succeeded_exits_0_with_one_json_per_file()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        HostileFiles.WriteValidReport(Path.Combine(input, "a.docx"));
        HostileFiles.WriteValidReport(Path.Combine(input, "b.pdf"));
        var outDir = Path.Combine(temp.Path, "out");

        Assert.Equal(0, CliRun.Ingest(outDir, input));
        Assert.Equal(["a.docx.json", "b.pdf.json"], CliRun.OutputNames(outDir));
    }

    [Fact]
    public void Any_failure_exits_1_and_does_not_stop_the_other_files()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        HostileFiles.WriteValidReport(Path.Combine(input, "good.docx"));
        File.WriteAllBytes(Path.Combine(input, "empty.docx"), []);
        File.WriteAllBytes(Path.Combine(input, "photo.docx"), HostileFiles.Png());
        var outDir = Path.Combine(temp.Path, "out");

        Assert.Equal(1, CliRun.Ingest(outDir, input));
        Assert.Equal(["empty.docx.error.json", "good.docx.json", "photo.docx.error.json"], CliRun.OutputNames(outDir));
        var empty = CliRun.ReadError(Path.Combine(outDir, "empty.docx.error.json"));
        Assert.Equal(ReaderErrorCodes.EmptyFile, empty.Code);
        ErrorMessageAssert.NamesFileAndCauseInBothLanguages(empty, "empty.docx", "empty");
        var photo = CliRun.ReadError(Path.Combine(outDir, "photo.docx.error.json"));
        Assert.Equal(ReaderErrorCodes.CorruptFile, photo.Code); // read as a scan, and found broken
        ErrorMessageAssert.NamesFileAndCauseInBothLanguages(photo, "photo.docx", "image");
    }

    [Fact]
    public void Missing_input_path_exits_2_and_ingests_nothing()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.docx");
        HostileFiles.WriteValidReport(good);
        var outDir = Path.Combine(temp.Path, "out");

        Assert.Equal(2, CliRun.Ingest(outDir, good, temp.File("không-có.docx")));
        Assert.Empty(CliRun.OutputNames(outDir));
    }

    [Fact]
    public async Task Without_out_the_results_go_to_the_store_only()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var good = Path.Combine(input, "good.docx");
        HostileFiles.WriteValidReport(good);
        var storePath = Path.Combine(temp.Path, "store", "s.db");
        var before = FileSystemSnapshot.Take(input);

        Assert.Equal(0, ThiDua.Ingest.Cli.CommandLine.Run(["ingest", good, "--store", storePath]));

        Assert.Empty(FileSystemSnapshot.Take(input).ChangesSince(before));
        await using var store = ThiDua.Store.ReportStoreFactory.Open(storePath);
        var document = Assert.Single((await store.ListDocumentsAsync(new ThiDua.Store.DocumentQuery())).Items);
        Assert.Equal([good], document.Paths);
        Assert.Equal(ThiDua.Store.ExtractionStatuses.Succeeded, document.Status);
    }

    [Theory]
    [InlineData("--frob")]
    [InlineData("-x")]
    [InlineData("--timeout abc")]
    [InlineData("--timeout 0")]
    [InlineData("--timeout -5")]
    [InlineData("--timeout 1.5")]
    public void Unknown_options_and_bad_timeouts_are_usage_errors_in_both_languages(string options)
    {
        using var temp = new TempFolder();
        var good = temp.File("good.docx");
        HostileFiles.WriteValidReport(good);
        var storePath = Path.Combine(temp.Path, "s.db");

        var run = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(60), ["ingest", good, "--store", storePath, .. options.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("not found", run.StandardError, StringComparison.OrdinalIgnoreCase);
        var message = run.StandardError.Split('\n').First(l => l.Contains(options.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Matches("(Không có tùy chọn|Giá trị --timeout không hợp lệ).* / (Unknown option|Invalid --timeout value)", message);
        Assert.False(File.Exists(storePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ingest")]
    [InlineData("ingest --out")]
    [InlineData("frobnicate x")]
    [InlineData("ingest -rf.docx --out out")]
    public void Malformed_command_lines_exit_2(string commandLine)
    {
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Empty_folder_exits_2()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRun.Ingest(Path.Combine(temp.Path, "out"), temp.Folder("in")));
    }

    [Fact]
    public void Out_naming_an_existing_file_exits_2_and_leaves_the_file_alone()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.docx");
        HostileFiles.WriteValidReport(good);
        var notAFolder = temp.File("out.txt");
        File.WriteAllText(notAFolder, "giữ nguyên");

        Assert.Equal(2, CliRun.Ingest(notAFolder, good));
        Assert.Equal("giữ nguyên", File.ReadAllText(notAFolder));
    }
}

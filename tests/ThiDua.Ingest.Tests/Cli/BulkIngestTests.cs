using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>
/// Bulk ingestion into the embedded store through the real executable: a second run ingests nothing; bad files mixed in
/// each keep their error; a run killed with SIGKILL at random points and finished leaves every file in the store once.
/// </summary>
public sealed class BulkIngestTests
{
    private static readonly string[] CorpusDocx = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "docx"), "*.docx").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_second_run_ingests_nothing_and_says_so_and_text_files_in_a_folder_are_skipped()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var files = DistinctCopies.Write(CorpusDocx[..2], input, 3);
        File.WriteAllText(Path.Combine(input, "ghi-chú.md"), "# Ghi chú\nkhông phải báo cáo\n");
        File.WriteAllText(Path.Combine(input, "data.json"), "{\"a\": 1}");
        var moved = Path.Combine(temp.Folder("again"), "copy.docx");
        File.Copy(files[0], moved);

        var first = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(180), "ingest", "in");
        var second = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(180), "ingest", "in", "again");

        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing new to ingest", second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"{files.Count + 1} đã có trong kho / already in the store, 2 không phải tài liệu / not documents", second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("↷ in/ghi-chú.md: bỏ qua, văn bản thuần hoặc dữ liệu, không phải báo cáo / skipped, plain text or data, not a report", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("↷ again/copy.docx: bỏ qua, đã có trong kho (cùng phiên bản) / skipped, already in the store (same pipeline version)", second.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"✓ in/0000-000\.docx: \d+ mục / sections, \d+ chú thích / footnotes, \d+ bảng / tables, \d+ khen thưởng / awards, \d+ cảnh báo / flags \(", first.StandardOutput);
        var storePath = Path.Combine(temp.Path, "thidua-store.db");
        var stored = StoreInspection.Sources(storePath);
        Assert.Equal(files.Select(StoreInspection.Sha256).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored.Values, s => Assert.Equal((1, 1, "succeeded:"), s));
        Assert.Equal(new[] { Path.GetFullPath(moved), Path.GetFullPath(files[0]) }.Order(StringComparer.Ordinal), StoreInspection.Paths(storePath, StoreInspection.Sha256(moved)));
        Assert.Equal([Path.GetFullPath(files[1])], StoreInspection.Paths(storePath, StoreInspection.Sha256(files[1])));
    }

    [Fact]
    public void Bad_files_mixed_in_each_keep_their_error_the_good_ones_land_and_the_run_exits_1()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var good = DistinctCopies.Write(CorpusDocx[..1], input, 2);
        var docx = File.ReadAllBytes(CorpusDocx[0]);
        var bad = new Dictionary<string, string>
        {
            [Write(input, "rỗng.docx", [])] = ReaderErrorCodes.EmptyFile,
            [Write(input, "random.docx", HostileFiles.RandomBytes(20_000, 5))] = ReaderErrorCodes.UnsupportedFormat,
            [Write(input, "broken.docx", docx[..(docx.Length / 2)])] = ReaderErrorCodes.CorruptFile,
        };
        var storePath = Path.Combine(temp.Path, "store", "s.db");

        var run = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(180), "ingest", "in", "--store", storePath, "--out", "out");

        Assert.Equal(1, run.ExitCode);
        var stored = StoreInspection.Sources(storePath);
        Assert.Equal(good.Count + bad.Count, stored.Count);
        Assert.All(good, path => Assert.Equal((1, 1, "succeeded:"), stored[StoreInspection.Sha256(path)]));
        foreach (var (path, code) in bad)
        {
            Assert.Equal((1, 1, "failed:" + code), stored[StoreInspection.Sha256(path)]);
            var error = CliRun.ReadError(Path.Combine(temp.Path, "out", Path.GetFileName(path) + ".error.json"));
            Assert.Equal(code, error.Code);
            Assert.Contains($"✗ in/{Path.GetFileName(path)}: [{code}]", run.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_named_pipe_alone_is_recorded_as_an_empty_file_without_blocking()
    {
        using var temp = new TempFolder();
        var pipe = HostileCases.Get("named-pipe").Make(temp.Folder("in"));

        var run = Task.Run(() => CliRun.Ingest(Path.Combine(temp.Path, "out"), Path.GetDirectoryName(pipe)!));

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(1, await run);
        Assert.Equal(ReaderErrorCodes.EmptyFile, CliRun.ReadError(Path.Combine(temp.Path, "out", "pipe.docx.error.json")).Code);
    }

    [Fact]
    public void A_run_killed_at_ten_random_points_then_finished_leaves_every_file_in_the_store_exactly_once()
    {
        using var temp = new TempFolder();
        var files = DistinctCopies.Write(CorpusDocx, temp.Folder("in"), 24);
        var random = new Random(8);
        var kills = 0;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            // The kill point is random in the run's own progress (after 0 to 2 finished files, then up to 300 ms more),
            // so that it falls inside the work however fast the machine is.
            var finished = 0;
            var target = random.Next(0, 3);
            using var reached = new ManualResetEventSlim();
            using var process = Start(temp.Path, line =>
            {
                if (line.StartsWith('[') && Interlocked.Increment(ref finished) >= target) reached.Set();
            }, "ingest", "in", "--out", "out");
            if (target == 0) reached.Set();
            reached.Wait(TimeSpan.FromSeconds(60));
            Thread.Sleep(random.Next(0, 300));
            if (!process.HasExited)
            {
                process.Kill(); // SIGKILL
                kills++;
            }

            process.WaitForExit();
        }

        var final = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(300), "ingest", "in", "--out", "out");

        Assert.True(kills >= 5, $"only {kills} of 10 runs were still working when killed");
        Assert.True(final.ExitCode == 0, final.StandardError);
        var storePath = Path.Combine(temp.Path, "thidua-store.db");
        Assert.Equal("ok", StoreInspection.IntegrityCheck(storePath));
        var stored = StoreInspection.Sources(storePath);
        Assert.Equal(files.Select(StoreInspection.Sha256).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored.Values, s => Assert.Equal((1, 1, "succeeded:"), s));
        var outputs = Directory.GetFiles(Path.Combine(temp.Path, "out"));
        Assert.Equal(files.Select(f => Path.GetFileName(f) + ".json").Order(StringComparer.Ordinal), outputs.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(outputs, o => System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(o)).Dispose());
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Process Start(string workingDirectory, Action<string> onOutputLine, params string[] arguments)
    {
        var info = new ProcessStartInfo(ChildRun.Executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) onOutputLine(line); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

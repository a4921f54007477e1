using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>
/// File names with path characters, spaces, Vietnamese letters, shell metacharacters and leading dashes: each input gets
/// its one result file directly inside --out, and nothing is written anywhere else.
/// </summary>
public sealed class OutputContainmentTests
{
    private static readonly string[] OddNames =
    [
        "a;b.docx",
        "-rf.docx",
        "--out.docx",
        " khoảng trắng .docx",
        "Báo cáo tổng kết thi đua năm 2024.docx",
        "Ba\u0301o ca\u0301o NFD.docx",
        "$(touch pwned).docx",
        "`id`.docx",
        "a\\..\\..\\b.docx",
        "c:evil.docx",
        "x<y>z|w?.docx",
        "dòng\nmới.docx",
        "tab\there.docx",
        "*.docx",
        "~.docx",
        "CON.docx",
        "thật-dài-" + new string('x', 230) + ".docx",
    ];

    [Fact]
    public void Odd_names_in_a_folder_each_get_one_result_inside_out_and_nothing_outside()
    {
        if (OperatingSystem.IsWindows()) return; // most of these names cannot exist on Windows
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var nested = Directory.CreateDirectory(Path.Combine(input, "thư mục con", "-rf")).FullName;
        foreach (var name in OddNames) HostileFiles.WriteValidReport(Path.Combine(input, name));
        HostileFiles.WriteValidReport(Path.Combine(nested, "a;b.docx")); // same name as one above: gets ~2
        File.WriteAllBytes(Path.Combine(nested, "..", "a;b.docx.error.json"), HostileFiles.Png());
        HostileFiles.WriteValidReport(Path.Combine(input, "..docx")); // hidden (leading dot): skipped in a folder, by design
        HostileFiles.WriteValidReport(Path.Combine(nested, ".~lock.docx"));
        var outDir = Path.Combine(temp.Path, "out");
        var before = FileSystemSnapshot.Take(temp.Path);

        var exit = CliRun.Ingest(outDir, input);

        var changes = FileSystemSnapshot.Take(temp.Path).ChangesSince(before);
        Assert.All(changes, change => Assert.True(change == "+ " + outDir || change.StartsWith("+ " + outDir + Path.DirectorySeparatorChar, StringComparison.Ordinal), change));
        var outputs = Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).ToArray();
        Assert.True(outputs.Length == OddNames.Length + 2, string.Join("\n", outputs.Select(Path.GetFileName)));
        Assert.Equal(1, exit); // the PNG named .error.json fails; every report succeeds
        Assert.All(outputs, path => Assert.Equal(outDir, Path.GetDirectoryName(path)));
        Assert.Equal(OddNames.Length + 2, outputs.Length);
        Assert.Equal(OddNames.Length + 1, outputs.Count(p => !p.EndsWith(".error.json", StringComparison.Ordinal)));
        Assert.DoesNotContain(outputs, p => Path.GetFileName(p).StartsWith('.'));
        Assert.Contains(outputs, p => Path.GetFileName(p) == "a;b.docx~2.json");
        Assert.DoesNotContain(outputs, p => p.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(temp.Path, "pwned")));
    }

    [Fact]
    public void Dot_names_given_explicitly_are_read_and_written_without_their_leading_dots()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        foreach (var name in new[] { "..docx", "...docx" }) HostileFiles.WriteValidReport(Path.Combine(input, name));
        var outDir = Path.Combine(temp.Path, "out");
        var before = FileSystemSnapshot.Take(temp.Path);

        Assert.Equal(0, CliRun.Ingest(outDir, Path.Combine(input, "..docx"), Path.Combine(input, "...docx")));

        Assert.Equal(["docx.json", "docx~2.json"], CliRun.OutputNames(outDir));
        Assert.All(FileSystemSnapshot.Take(temp.Path).ChangesSince(before), change => Assert.StartsWith("+ " + outDir, change, StringComparison.Ordinal));
    }

    [Fact]
    public void Dotted_and_relative_input_paths_write_only_inside_out()
    {
        using var temp = new TempFolder();
        var sub = temp.Folder("a");
        HostileFiles.WriteValidReport(temp.File("x.docx"));
        var dotted = Path.Combine(sub, "..", "a", "..", "x.docx");
        var outDir = Path.Combine(temp.Path, "out", "..", "out");
        var before = FileSystemSnapshot.Take(temp.Path);

        Assert.Equal(0, CliRun.Ingest(outDir, dotted));

        var changes = FileSystemSnapshot.Take(temp.Path).ChangesSince(before);
        Assert.Equal(["+ " + Path.Combine(temp.Path, "out"), "+ " + Path.Combine(temp.Path, "out", "x.docx.json")], changes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_folder_inside_the_input_folder_is_not_read_back()
    {
        using var temp = new TempFolder();
        HostileFiles.WriteValidReport(temp.File("r.docx"));
        var outDir = Path.Combine(temp.Path, "out");

        Assert.Equal(0, CliRun.Ingest(outDir, temp.Path));
        Assert.Equal(0, CliRun.Ingest(outDir, temp.Path));
        Assert.Equal(["r.docx.json"], CliRun.OutputNames(outDir));
    }

    [Fact]
    public async Task Symlink_loop_in_an_input_folder_ends()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        HostileFiles.WriteValidReport(Path.Combine(input, "r.docx"));
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);
        var outDir = Path.Combine(temp.Path, "out");

        var run = Task.Run(() => CliRun.Ingest(outDir, input));

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Contains("r.docx.json", CliRun.OutputNames(outDir));
    }

    [Fact]
    public void Leading_dash_names_are_files_after_the_double_dash()
    {
        using var temp = new TempFolder();
        var dash = temp.File("-rf.docx");
        HostileFiles.WriteValidReport(dash);
        var outDir = Path.Combine(temp.Path, "out");

        var run = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(60), "ingest", "--out", "out", "--", "-rf.docx");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["-rf.docx.json"], CliRun.OutputNames(outDir));
        Assert.True(File.Exists(dash));
    }
}

using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// The bomb cases run in a child process (the built thidua executable) so their peak resident memory can be measured:
/// each must end in an error record, exit 1, under 1.5 GiB and within the time limit.
/// </summary>
public sealed class PeakMemoryTests(ITestOutputHelper output)
{
    private const long MemoryCeiling = 1536L * 1024 * 1024;

    public static TheoryData<string> Bombs => ["zip-bomb-2GiB", "lying-zip-bomb", "many-entry-bomb", "large-low-ratio"];

    /// <summary>
    /// The largest document the element limit lets through (about 1.4 million elements in 14 MB of XML) is read
    /// within the ceiling: the limit is low enough for memory, not only for bombs.
    /// </summary>
    [Fact]
    public void Largest_accepted_document_is_read_under_the_memory_ceiling()
    {
        using var temp = new TempFolder();
        var file = temp.File("large.docx");
        HostileFiles.WriteLargeLowRatioDocx(file, 14_000_000);
        var outDir = Path.Combine(temp.Path, "out");
        // The limits are wide: this test is about memory, and its 9 s of CPU stretch to minutes when the suite loads both cores.
        var run = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(300), "ingest", file, "--out", outDir, "--timeout", "240");
        output.WriteLine($"large: exit {run.ExitCode}, peak {run.PeakBytes / (1024 * 1024)} MiB, {run.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(run.StandardError);
        Assert.Equal(0, run.ExitCode);
        Assert.InRange(run.PeakBytes, 1, MemoryCeiling);
    }

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Bomb_ends_in_an_error_record_under_the_memory_ceiling(string kind)
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var file = Path.Combine(input, kind + ".docx");
        switch (kind)
        {
            case "zip-bomb-2GiB": HostileFiles.WriteZipBomb(file, 2L << 30); break;
            case "lying-zip-bomb": HostileFiles.WriteLyingZipBomb(file, 1L << 30, 4096); break;
            case "many-entry-bomb": HostileFiles.WriteManyEntryBomb(file, 700, 1 << 20); break;
            case "large-low-ratio": HostileFiles.WriteLargeLowRatioDocx(file, 150L << 20); break;
        }

        var outDir = Path.Combine(temp.Path, "out");
        using var storeFolder = new TempFolder("thidua-store-");
        var before = FileSystemSnapshot.Take(temp.Path);
        var run = ChildRun.Thidua(temp.Path, TimeSpan.FromSeconds(150), "ingest", file, "--out", outDir, "--timeout", "60", "--store", storeFolder.File("store.db"));
        Assert.All(FileSystemSnapshot.Take(temp.Path).ChangesSince(before), change => Assert.StartsWith("+ " + outDir, change, StringComparison.Ordinal));
        output.WriteLine($"{kind}: {new FileInfo(file).Length:N0} bytes on disk, exit {run.ExitCode}, peak {run.PeakBytes / (1024 * 1024)} MiB, {run.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(run.StandardError);
        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, kind + ".docx.error.json")), run.StandardError);
        Assert.InRange(run.PeakBytes, 1, MemoryCeiling);
    }
}

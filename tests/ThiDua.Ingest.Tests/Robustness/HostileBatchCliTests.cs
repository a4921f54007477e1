using ThiDua.Extractors.Readers;
using ThiDua.Ingest.Tests.Cli;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// The whole hostile catalogue in one folder through the CLI: one record per file, the expected code in each error
/// record, exit 1, nothing written outside --out. (The LibreOffice cases run in-process only, to keep the suite short.)
/// </summary>
public sealed class HostileBatchCliTests
{
    [Fact]
    public void Every_hostile_file_gets_its_record_and_the_run_exits_1()
    {
        using var temp = new TempFolder();
        var input = temp.Folder("in");
        var expected = new Dictionary<string, HostileCase>(StringComparer.Ordinal);
        foreach (var hostile in HostileCases.All.Where(c => !c.Name.StartsWith("corrupt-", StringComparison.Ordinal)))
        {
            var dir = Directory.CreateDirectory(Path.Combine(input, hostile.Name)).FullName;
            var path = hostile.Make(dir);
            expected.Add(Path.GetFileName(path), hostile); // file names are unique across the catalogue
        }

        var outDir = Path.Combine(temp.Path, "out");
        var before = FileSystemSnapshot.Take(temp.Path);

        var exit = CliRun.Ingest(outDir, input);

        Assert.Equal(1, exit);
        Assert.All(FileSystemSnapshot.Take(temp.Path).ChangesSince(before), change => Assert.StartsWith("+ " + outDir, change, StringComparison.Ordinal));
        var outputs = Directory.GetFiles(outDir);
        Assert.Equal(expected.Count, outputs.Length);
        Assert.DoesNotContain(outputs, p => p.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var (name, hostile) in expected)
        {
            var errorFile = Path.Combine(outDir, name + ".error.json");
            if (File.Exists(errorFile))
            {
                var error = CliRun.ReadError(errorFile);
                Assert.True(hostile.Outcomes.Contains(error.Code), $"{hostile.Name}: unexpected {error.Code}");
                Assert.NotEqual(ReaderErrorCodes.InternalError, error.Code);
                ErrorMessageAssert.NamesFileAndCauseInBothLanguages(error, name, hostile.Cause);
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(outDir, name + ".json")), $"{hostile.Name}: no record");
                Assert.Contains(HostileCase.Success, hostile.Outcomes);
            }
        }
    }
}

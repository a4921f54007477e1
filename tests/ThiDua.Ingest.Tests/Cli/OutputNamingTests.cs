using System.Text.Json;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>Same-named inputs get their <c>~N</c> suffix by argument order, then path order, whatever order the parallel work ends in.</summary>
public sealed class OutputNamingTests
{
    [Fact]
    public void Same_named_inputs_are_numbered_by_argument_order_then_path_and_each_json_records_its_input_path()
    {
        using var temp = new TempFolder();
        var first = temp.Folder("z-first");
        var second = temp.Folder("a-second");
        foreach (var folder in new[] { Path.Combine(first, "b"), Path.Combine(first, "a"), second })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "r.docx"), DistinctCopies.Make(File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "docx", "000.docx")), folder));
        }

        var outDir = Path.Combine(temp.Path, "out");

        Assert.Equal(0, CliRun.Ingest(outDir, first, second));

        Assert.Equal(Path.Combine(first, "a", "r.docx"), InputPath(Path.Combine(outDir, "r.docx.json")));
        Assert.Equal(Path.Combine(first, "b", "r.docx"), InputPath(Path.Combine(outDir, "r.docx~2.json")));
        Assert.Equal(Path.Combine(second, "r.docx"), InputPath(Path.Combine(outDir, "r.docx~3.json")));
    }

    private static string InputPath(string jsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        return json.RootElement.GetProperty("source").GetProperty("inputPath").GetString()!;
    }
}

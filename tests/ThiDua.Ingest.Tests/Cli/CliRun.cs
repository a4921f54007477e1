using System.Text.Json;
using ThiDua.Extractors.Model;
using ThiDua.Ingest.Cli;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>Runs <c>thidua</c> in-process through <see cref="CommandLine.Run"/> and reads what it wrote.</summary>
public static class CliRun
{
    public static int Ingest(string outDir, params string[] inputs) => CommandLine.Run(["ingest", .. inputs, "--out", outDir]);

    /// <summary>The names of the files in <paramref name="outDir"/> (sub-folders would be a bug: the writer writes flat).</summary>
    public static string[] OutputNames(string outDir) =>
        Directory.Exists(outDir) ? Directory.EnumerateFileSystemEntries(outDir).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray() : [];

    public static IngestError ReadError(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new IngestError(root.GetProperty("fileName").GetString()!, root.GetProperty("code").GetString()!, root.GetProperty("message").GetString()!);
    }
}

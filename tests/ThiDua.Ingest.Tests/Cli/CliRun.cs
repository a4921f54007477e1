using System.Text.Json;
using ThiDua.Extractors.Model;
using ThiDua.Ingest.Cli;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>Runs <c>thidua</c> in-process through <see cref="CommandLine.Run"/> and reads what it wrote.</summary>
public static class CliRun
{
    /// <summary>Ingests into <paramref name="outDir"/> with a store of its own in a temporary folder, removed afterwards (never a store in the repository).</summary>
    public static int Ingest(string outDir, params string[] inputs)
    {
        var storeFolder = Path.Combine(Path.GetTempPath(), "thidua-cli-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            return CommandLine.Run(["ingest", .. inputs, "--out", outDir, "--store", Path.Combine(storeFolder, "store.db")]);
        }
        finally
        {
            if (Directory.Exists(storeFolder)) Directory.Delete(storeFolder, recursive: true);
        }
    }

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

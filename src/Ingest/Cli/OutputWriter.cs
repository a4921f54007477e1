using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// Writes <c>&lt;out&gt;/&lt;output name&gt;.json</c> or <c>.error.json</c> (names reserved by <see cref="InputExpander"/>).
/// Files are written whole (temp file, then rename), so a killed run never leaves half a result.
/// </summary>
public sealed class OutputWriter
{
    private readonly string _directory;

    public OutputWriter(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    /// <param name="reportJson">The report already serialized by <see cref="ReportJson.SerializeToUtf8Bytes(Report)"/>, or null to serialize it here.</param>
    public string Write(InputFile input, IngestResult result, byte[]? reportJson = null)
    {
        var (suffix, json) = result.Report is { } report
            ? (".json", reportJson ?? ReportJson.SerializeToUtf8Bytes(report))
            : (".error.json", ReportJson.SerializeToUtf8Bytes(result.Error ?? new IngestError(Path.GetFileName(result.Path), "internal_error", "unknown error")));
        var target = Path.Combine(_directory, input.OutputName + suffix);
        var temp = target + ".tmp";
        File.WriteAllBytes(temp, json);
        File.Move(temp, target, overwrite: true);
        return target;
    }
}

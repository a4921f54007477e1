using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// Writes <c>&lt;out&gt;/&lt;file name&gt;.json</c> or <c>.error.json</c>. Names are reduced to a safe file name inside the output
/// folder; a second input with the same name gets <c>~2</c>, <c>~3</c> ... Files are written whole (temp file, then rename).
/// </summary>
public sealed class OutputWriter
{
    private readonly string _directory;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public OutputWriter(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    public string Write(IngestResult result)
    {
        var baseName = ReserveName(SafeName(Path.GetFileName(result.Path)));
        var (suffix, json) = result.Report is { } report
            ? (".json", ReportJson.SerializeToUtf8Bytes(report))
            : (".error.json", ReportJson.SerializeToUtf8Bytes(result.Error ?? new IngestError(Path.GetFileName(result.Path), "internal_error", "unknown error")));
        var target = Path.Combine(_directory, baseName + suffix);
        var temp = target + ".tmp";
        File.WriteAllBytes(temp, json);
        File.Move(temp, target, overwrite: true);
        return target;
    }

    public static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        safe = safe.TrimStart('.');
        return safe.Length == 0 ? "unnamed" : safe.Length > 180 ? safe[..180] : safe;
    }

    private string ReserveName(string name)
    {
        lock (_lock)
        {
            var candidate = name;
            for (var n = 2; !_used.Add(candidate); n++) candidate = $"{name}~{n}";
            return candidate;
        }
    }
}

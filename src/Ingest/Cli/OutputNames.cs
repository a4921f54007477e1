namespace ThiDua.Ingest.Cli;

/// <summary>
/// Result file names: the input's file name made safe for any file system; a second input with the same name (ignoring
/// case) gets <c>~2</c>, a third <c>~3</c>, in the order names are reserved.
/// </summary>
public sealed class OutputNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Reserve(string inputPath)
    {
        var name = SafeName(Path.GetFileName(inputPath));
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++) candidate = $"{name}~{n}";
        return candidate;
    }

    public static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        safe = safe.TrimStart('.');
        return safe.Length == 0 ? "unnamed" : safe.Length > 180 ? safe[..180] : safe;
    }
}

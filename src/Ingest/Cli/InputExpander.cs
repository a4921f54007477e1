namespace ThiDua.Ingest.Cli;

/// <summary>
/// Expands the command's inputs: files as given, folders recursively in a stable order (argument order, then ordinal path
/// order). Hidden files and anything inside the output folder or the store's files are skipped; format is decided later from
/// the bytes, not from the extension. Output names are reserved here, in that order, so that same-named inputs get the
/// same <c>~2</c>, <c>~3</c> suffixes on every run whatever order the parallel work finishes in.
/// </summary>
public static class InputExpander
{
    public static (List<InputFile> Files, List<string> Missing) Expand(IEnumerable<string> inputs, string? outputDirectory, IReadOnlyList<string>? excluded = null)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var outputFull = outputDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
        var excludedFull = (excluded ?? []).Select(Path.GetFullPath).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new OutputNames();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                if (seen.Add(Path.GetFullPath(input))) files.Add(new InputFile(input, true, names.Reserve(input)));
            }
            else if (Directory.Exists(input))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(input, "*", options).Order(StringComparer.Ordinal))
                {
                    var full = Path.GetFullPath(file);
                    if (outputFull is not null && full.StartsWith(outputFull, StringComparison.Ordinal) || Path.GetFileName(file).StartsWith('.')) continue;
                    if (excludedFull.Any(e => full == e || full.StartsWith(e + ".", StringComparison.Ordinal) || full.StartsWith(e + "-", StringComparison.Ordinal))) continue;
                    if (seen.Add(full)) files.Add(new InputFile(file, false, names.Reserve(file)));
                }
            }
            else
            {
                missing.Add(input);
            }
        }

        return (files, missing);
    }
}

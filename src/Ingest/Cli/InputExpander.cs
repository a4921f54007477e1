namespace ThiDua.Ingest.Cli;

/// <summary>
/// Expands the command's inputs: files as given, folders recursively in a stable order. Hidden files and anything inside
/// the output folder are skipped; format is decided later from the bytes, not from the extension.
/// </summary>
public static class InputExpander
{
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs, string outputDirectory)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                if (seen.Add(Path.GetFullPath(input))) files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(input, "*", options).Order(StringComparer.Ordinal))
                {
                    var full = Path.GetFullPath(file);
                    if (full.StartsWith(outputFull, StringComparison.Ordinal) || Path.GetFileName(file).StartsWith('.')) continue;
                    if (seen.Add(full)) files.Add(file);
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

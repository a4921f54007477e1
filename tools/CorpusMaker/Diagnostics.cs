namespace CorpusMaker;

/// <summary>Collects warnings about a source file (malformed but still usable markup).</summary>
public sealed class Diagnostics(string sourcePath)
{
    private readonly List<string> warnings = [];

    public IReadOnlyList<string> Warnings => warnings;

    public string SourcePath => sourcePath;

    public void Warn(int line, string message) =>
        warnings.Add(line > 0 ? $"{sourcePath}:{line}: warning: {message}" : $"{sourcePath}: warning: {message}");

    public void Warn(string message) => warnings.Add($"{sourcePath}: warning: {message}");
}

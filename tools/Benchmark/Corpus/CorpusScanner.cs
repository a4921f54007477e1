namespace ThiDua.Benchmark.Corpus;

/// <summary>Finds the .docx and .pdf files under a folder and groups them by the folder they sit in.</summary>
public static class CorpusScanner
{
    public static IReadOnlyList<CorpusSet> Scan(string root)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"corpus folder not found: {root}");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Kind: KindOf(path)))
            .Where(f => f.Kind is not null && !Path.GetFileName(f.Path).StartsWith("~$", StringComparison.Ordinal))
            .GroupBy(f => (Folder: SetName(root, f.Path), Kind: f.Kind!.Value))
            .Select(g => new CorpusSet(g.Key.Folder, g.Key.Kind, g.Select(f => f.Path).Order(StringComparer.Ordinal).ToArray()))
            .OrderBy(s => s.Kind)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private static CorpusKind? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".docx" => CorpusKind.Docx,
        ".pdf" => CorpusKind.Pdf,
        _ => null,
    };

    private static string SetName(string root, string path)
    {
        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(path) ?? root);
        return folder == "." ? Path.GetFileName(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar)) : folder;
    }
}

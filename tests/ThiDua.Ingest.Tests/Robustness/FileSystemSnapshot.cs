namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>Every file and folder under some roots, with sizes and write times, to prove a run wrote nothing outside its --out folder.</summary>
public sealed class FileSystemSnapshot
{
    private readonly Dictionary<string, string> _entries;

    private FileSystemSnapshot(Dictionary<string, string> entries)
    {
        _entries = entries;
    }

    public static FileSystemSnapshot Take(params string[] roots)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var root in roots.Where(Directory.Exists))
        {
            entries[root] = "dir";
            foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", options))
            {
                var info = new FileInfo(entry);
                entries[entry] = info.Exists ? $"{info.Length}@{info.LastWriteTimeUtc.Ticks}" : "dir";
            }
        }

        return new FileSystemSnapshot(entries);
    }

    /// <summary>Entries added, removed or changed since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangesSince(FileSystemSnapshot before)
    {
        var changes = new List<string>();
        foreach (var (path, state) in _entries)
        {
            if (!before._entries.TryGetValue(path, out var old)) changes.Add("+ " + path);
            else if (old != state) changes.Add("~ " + path);
        }

        changes.AddRange(before._entries.Keys.Where(path => !_entries.ContainsKey(path)).Select(path => "- " + path));
        return changes;
    }
}

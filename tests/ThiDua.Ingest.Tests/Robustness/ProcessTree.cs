using System.Globalization;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>The children of a process, from /proc (the parent id is field 4 of /proc/PID/stat).</summary>
public static class ProcessTree
{
    public static IReadOnlyList<(int Id, string Name)> Children(int parent)
    {
        var found = new List<(int, string)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var ofParent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                if (ofParent == parent) found.Add((id, name));
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        return found;
    }
}

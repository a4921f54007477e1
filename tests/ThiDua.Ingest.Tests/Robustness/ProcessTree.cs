using System.Globalization;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>The descendants of a process, from /proc (parent id is field 4 of /proc/PID/stat).</summary>
public static class ProcessTree
{
    public static IReadOnlyList<(int Id, string Name)> Descendants(int root)
    {
        var parents = new Dictionary<int, (int Parent, string Name)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                parents[id] = (parent, name);
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        var found = new List<(int, string)>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (id, (ofParent, name)) in parents)
            {
                if (ofParent != parent) continue;
                found.Add((id, name));
                frontier.Enqueue(id);
            }
        }

        return found;
    }
}

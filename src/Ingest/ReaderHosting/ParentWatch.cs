using System.Globalization;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// Ends a reader process whose parent died while it was busy with a file (stdin closes only between files). Polls the
/// parent process id: a dead parent's children are handed to another process. (PR_SET_PDEATHSIG would follow the
/// parent's thread, and .NET starts children from pool threads that come and go.)
/// </summary>
internal static class ParentWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static void Start()
    {
        var parent = ParentId();
        if (parent is null) return;
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(Interval);
                if (ParentId() != parent) Environment.Exit(4);
            }
        })
        {
            IsBackground = true,
            Name = "parent watch",
        };
        thread.Start();
    }

    /// <summary>Field 4 of /proc/self/stat (after the parenthesised command name, which may hold spaces).</summary>
    private static int? ParentId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

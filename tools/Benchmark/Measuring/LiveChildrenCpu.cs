using System.Globalization;

namespace ThiDua.Benchmark.Measuring;

/// <summary>
/// CPU seconds used so far by this process's live child processes (the warm reader processes, which getrusage's
/// children figure does not count until they are waited for): utime + stime of each /proc/PID/stat whose parent is us.
/// Clock-tick resolution (10 ms); summed over many files it is unbiased.
/// </summary>
public static class LiveChildrenCpu
{
    private static readonly double TicksPerSecond = 100;

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (name.Length == 0 || !char.IsAsciiDigit(name[0])) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // after "(comm)": state ppid ... field 14 utime, 15 stime (1-based over the whole line)
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length < 13 || fields[1] != self) continue;
            total += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }

        return total;
    }
}

using System.Globalization;

namespace ThiDua.Benchmark.Measuring;

/// <summary>
/// Samples the engine child processes (and their children) through /proc while a pass runs: the largest peak resident set
/// any one of them reached (its VmHWM, which starts afresh at exec) and the largest sum of their resident sets at one time.
/// Processes shorter than the sampling interval can be missed. Linux only; zero elsewhere.
/// </summary>
public sealed class ChildMemorySampler : IDisposable
{
    private static readonly string? OwnImage = OperatingSystem.IsLinux() ? new FileInfo("/proc/self/exe").LinkTarget : null;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private long _largestChildPeak;
    private long _largestConcurrentSum;

    public ChildMemorySampler(TimeSpan interval)
    {
        if (OperatingSystem.IsLinux() && Directory.Exists("/proc/self/task")) _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
    }

    public long LargestChildPeakBytes
    {
        get
        {
            lock (_gate) return _largestChildPeak;
        }
    }

    public long LargestConcurrentBytes
    {
        get
        {
            lock (_gate) return _largestConcurrentSum;
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Sample()
    {
        if (!Monitor.TryEnter(_gate)) return;
        try
        {
            long sum = 0;
            foreach (var pid in Descendants(Environment.ProcessId))
            {
                if (StillOurImage(pid)) continue;
                var (rss, hwm) = Status(pid);
                sum += rss;
                _largestChildPeak = Math.Max(_largestChildPeak, hwm);
            }

            _largestConcurrentSum = Math.Max(_largestConcurrentSum, sum);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        foreach (var child in Children(pid))
        {
            yield return child;
            foreach (var grandchild in Descendants(child)) yield return grandchild;
        }
    }

    private static List<int> Children(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var text = File.ReadAllText(Path.Combine(task, "children"));
                foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var child)) children.Add(child);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process or thread ended while we looked.
        }

        return children;
    }

    /// <summary>A child between fork and exec still shares this process's pages; its resident set is ours, not the engine's.</summary>
    private static bool StillOurImage(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/exe").LinkTarget == OwnImage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static (long Rss, long Hwm) Status(int pid)
    {
        long rss = 0, hwm = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kilobytes(line);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Ended while we looked.
        }

        return (rss, hwm);
    }

    private static long Kilobytes(string line)
    {
        var value = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim();
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
    }
}

using System.Diagnostics;

namespace ThiDua.Benchmark.Measuring;

/// <summary>
/// The process's peak resident set. On Linux the peak (VmHWM) can be reset by writing 5 to /proc/self/clear_refs, so each
/// pass gets its own peak; where that fails the figure is the peak since the process started.
/// </summary>
public static class PeakMemory
{
    public static bool ResetSupported { get; private set; } = OperatingSystem.IsLinux();

    public static void Reset()
    {
        if (!ResetSupported) return;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ResetSupported = false;
        }
    }

    public static long Read()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kilobytes = line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim();
                if (long.TryParse(kilobytes, out var kb)) return kb * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long ProcessLifetimePeak()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}

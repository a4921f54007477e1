using System.Runtime;
using System.Runtime.InteropServices;

namespace ThiDua.Benchmark.Reporting;

/// <summary>Where the figures were taken.</summary>
public sealed record MachineInfo(int ProcessorCount, string OperatingSystem, string Runtime, bool ServerGc, string GcLatencyMode, string? LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC,
        GCSettings.LatencyMode.ToString(),
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null);
}

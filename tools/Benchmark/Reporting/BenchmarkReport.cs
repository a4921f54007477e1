using ThiDua.Benchmark.Options;
using ThiDua.Benchmark.Running;

namespace ThiDua.Benchmark.Reporting;

/// <summary>The whole run, as written to <c>--out</c>.</summary>
public sealed record BenchmarkReport(
    DateTimeOffset StartedUtc,
    double WallSeconds,
    MachineInfo Machine,
    MachineInfo MachineAtEnd,
    BenchmarkOptions Options,
    IReadOnlyList<SetResult> Sets,
    long ProcessPeakWorkingSetBytes,
    long ChildProcessPeakBytes,
    long ConcurrentChildProcessesPeakBytes,
    bool PerPassPeakIsReset);

namespace ThiDua.Benchmark.Measuring;

/// <summary>One measured pass: a workload over the set repeated N times.</summary>
public sealed record PassResult(
    string Workload,
    PassMode Mode,
    double Seconds,
    int Documents,
    long Pages,
    int Failures,
    IReadOnlyList<string> Errors,
    long AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long PeakWorkingSetBytes,
    long PeakManagedHeapBytes,
    long PeakChildProcessBytes,
    long PeakConcurrentChildrenBytes,
    double? CpuSelfSeconds,
    double? CpuChildrenSeconds)
{
    public double DocumentsPerSecond => Documents / Seconds;

    public double PagesPerSecond => Pages / Seconds;
}

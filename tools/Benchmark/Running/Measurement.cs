using ThiDua.Benchmark.Measuring;

namespace ThiDua.Benchmark.Running;

/// <summary>All measured passes of one workload in one mode, with the medians the table shows.</summary>
public sealed record Measurement(string Workload, PassMode Mode, IReadOnlyList<PassResult> Passes)
{
    public double MedianSeconds => Median(Passes.Select(p => p.Seconds));

    public double MedianDocumentsPerSecond => Median(Passes.Select(p => p.DocumentsPerSecond));

    public double MinDocumentsPerSecond => Passes.Min(p => p.DocumentsPerSecond);

    public double MaxDocumentsPerSecond => Passes.Max(p => p.DocumentsPerSecond);

    public double MedianPagesPerSecond => Median(Passes.Select(p => p.PagesPerSecond));

    public double MedianMillisecondsPerDocument => Median(Passes.Select(p => p.Seconds * 1000 / p.Documents));

    public double MedianAllocatedBytesPerDocument => Median(Passes.Select(p => (double)p.AllocatedBytes / p.Documents));

    public long PeakWorkingSetBytes => Passes.Max(p => p.PeakWorkingSetBytes);

    public long PeakManagedHeapBytes => Passes.Max(p => p.PeakManagedHeapBytes);

    public long PeakChildProcessBytes => Passes.Max(p => p.PeakChildProcessBytes);

    public long PeakConcurrentChildrenBytes => Passes.Max(p => p.PeakConcurrentChildrenBytes);

    public int Failures => Passes.Max(p => p.Failures);

    public double? MedianCpuSelfSeconds => Passes.All(p => p.CpuSelfSeconds is not null) ? Median(Passes.Select(p => p.CpuSelfSeconds!.Value)) : null;

    public double? MedianCpuChildrenSeconds => Passes.All(p => p.CpuChildrenSeconds is not null) ? Median(Passes.Select(p => p.CpuChildrenSeconds!.Value)) : null;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

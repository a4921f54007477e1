using System.Collections.Concurrent;
using System.Diagnostics;
using ThiDua.Benchmark.Workloads;

namespace ThiDua.Benchmark.Measuring;

/// <summary>Runs a workload over a file list repeated N times, sequentially or as the CLI does in parallel, and measures it.</summary>
public static class PassRunner
{
    public static PassResult Run(IWorkload workload, IReadOnlyList<string> files, int repeat, PassMode mode)
    {
        var items = Enumerable.Range(0, repeat).SelectMany(_ => files).ToArray();
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long pages = 0;
        var failures = 0;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakMemory.Reset();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpuBefore = ResourceUsage.Read();
        using var heap = new HeapSampler(TimeSpan.FromMilliseconds(10));
        using var children = new ChildMemorySampler(TimeSpan.FromMilliseconds(10));
        var stopwatch = Stopwatch.StartNew();

        void One(string path)
        {
            var item = workload.Run(path);
            Interlocked.Add(ref pages, item.Pages);
            if (item.Error is null) return;
            Interlocked.Increment(ref failures);
            errors.AddOrUpdate($"{Path.GetFileName(path)}: {item.Error}", 1, (_, n) => n + 1);
        }

        if (mode == PassMode.Parallel)
        {
            Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, One);
        }
        else
        {
            foreach (var path in items) One(path);
        }

        stopwatch.Stop();
        var cpuAfter = ResourceUsage.Read();
        return new PassResult(
            workload.Name,
            mode,
            stopwatch.Elapsed.TotalSeconds,
            items.Length,
            pages,
            failures,
            errors.Keys.Order(StringComparer.Ordinal).ToArray(),
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - gcBefore.Item1,
            GC.CollectionCount(1) - gcBefore.Item2,
            GC.CollectionCount(2) - gcBefore.Item3,
            PeakMemory.Read(),
            heap.Peak,
            children.LargestChildPeakBytes,
            children.LargestConcurrentBytes,
            cpuAfter is null || cpuBefore is null ? null : cpuAfter.SelfSeconds - cpuBefore.SelfSeconds,
            cpuAfter is null || cpuBefore is null ? null : cpuAfter.ChildrenSeconds - cpuBefore.ChildrenSeconds);
    }
}

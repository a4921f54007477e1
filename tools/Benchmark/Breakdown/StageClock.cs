using System.Diagnostics;
using ThiDua.Benchmark.Measuring;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>Accumulates wall-clock and thread CPU time per named stage, keeping the order stages were first seen.</summary>
public sealed class StageClock
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, StageTime> _totals = new(StringComparer.Ordinal);

    public T Time<T>(string stage, Func<T> work)
    {
        var cpuBefore = ResourceUsage.ThreadCpuSeconds();
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var cpuAfter = ResourceUsage.ThreadCpuSeconds();
        Add(stage, elapsed, cpuAfter - cpuBefore);
        return result;
    }

    public void Add(string stage, double? seconds, double? cpuSeconds, bool engine = false)
    {
        if (!_totals.TryGetValue(stage, out var total))
        {
            _order.Add(stage);
            _totals[stage] = new StageTime(stage, seconds, cpuSeconds, engine);
            return;
        }

        _totals[stage] = total with { Seconds = total.Seconds + seconds, CpuSeconds = total.CpuSeconds + cpuSeconds };
    }

    public StageTime Total(string stage) => _totals.TryGetValue(stage, out var t) ? t : new StageTime(stage, 0, 0, false);

    public List<StageTime> Stages(params string[] omit) => _order.Where(s => !omit.Contains(s)).Select(s => _totals[s]).ToList();
}

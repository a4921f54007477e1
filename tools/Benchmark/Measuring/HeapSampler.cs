namespace ThiDua.Benchmark.Measuring;

/// <summary>Samples the managed heap size every few milliseconds while a pass runs and keeps the largest value seen.</summary>
public sealed class HeapSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public HeapSampler(TimeSpan interval)
    {
        _peak = GC.GetTotalMemory(false);
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
    }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
            if (now <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}

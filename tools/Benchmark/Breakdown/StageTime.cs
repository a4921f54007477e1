namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Total time one stage took over a breakdown pass: wall-clock seconds and CPU seconds of the calling thread (or, for the
/// engine, of its child processes). Either may be unknown. Engine marks the external engine process.
/// </summary>
public sealed record StageTime(string Name, double? Seconds, double? CpuSeconds, bool Engine);

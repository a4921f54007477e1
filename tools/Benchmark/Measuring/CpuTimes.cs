namespace ThiDua.Benchmark.Measuring;

/// <summary>CPU seconds used so far by this process and by its waited-for children.</summary>
public sealed record CpuTimes(double SelfSeconds, double ChildrenSeconds);

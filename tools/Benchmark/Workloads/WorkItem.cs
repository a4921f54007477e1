namespace ThiDua.Benchmark.Workloads;

/// <summary>What one file gave: its page count (0 when unknown), the characters produced (text or JSON), the error code if it failed.</summary>
public readonly record struct WorkItem(int Pages, long Characters, string? Error);

namespace ThiDua.Extractors.Readers;

/// <summary>Limits of an external engine process: wall-clock timeout and address-space limit.</summary>
public sealed record ProcessLimits(TimeSpan Timeout, long MemoryLimitBytes);

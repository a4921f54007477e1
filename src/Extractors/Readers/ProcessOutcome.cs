namespace ThiDua.Extractors.Readers;

/// <summary>How a bounded child process ended: exit code, the start of its standard error, whether the timeout killed it.</summary>
public sealed record ProcessOutcome(int ExitCode, string StdErr, bool TimedOut, TimeSpan Elapsed);

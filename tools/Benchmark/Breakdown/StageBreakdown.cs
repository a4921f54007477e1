namespace ThiDua.Benchmark.Breakdown;

/// <summary>Where the time of a single-threaded pass went, stage by stage. Notes say what a figure includes.</summary>
public sealed record StageBreakdown(int Documents, long Pages, int Failures, IReadOnlyList<StageTime> Stages, IReadOnlyList<string> Notes)
{
    public double TotalSeconds => Stages.Sum(s => s.Seconds ?? 0);

    public double EngineSeconds => Stages.Where(s => s.Engine).Sum(s => s.Seconds ?? 0);

    public double OwnSeconds => TotalSeconds - EngineSeconds;

    /// <summary>Wall clock: our own code's time as a fraction of the engine's (target for PDF: at most 0.5). Null when no engine ran.</summary>
    public double? OwnOverEngine => EngineSeconds > 0 ? OwnSeconds / EngineSeconds : null;

    public double? EngineShare => TotalSeconds > 0 && EngineSeconds > 0 ? EngineSeconds / TotalSeconds : null;

    public double OwnCpuSeconds => Stages.Where(s => !s.Engine).Sum(s => s.CpuSeconds ?? 0);

    public double EngineCpuSeconds => Stages.Where(s => s.Engine).Sum(s => s.CpuSeconds ?? 0);

    /// <summary>CPU time: our thread's CPU (including the XML parse) over the engine processes' CPU. Null when no engine ran.</summary>
    public double? OwnCpuOverEngineCpu => EngineCpuSeconds > 0 ? OwnCpuSeconds / EngineCpuSeconds : null;
}

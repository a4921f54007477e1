using ThiDua.Benchmark.Measuring;

namespace ThiDua.Benchmark.Running;

/// <summary>
/// Median pipeline wall time over median baseline wall time for the same documents in the same mode, and the same for the
/// process's CPU time (which other load on the machine disturbs less).
/// </summary>
public sealed record Ratio(string Baseline, PassMode Mode, double PipelineOverBaseline, double? CpuPipelineOverBaseline, double Target)
{
    public bool MeetsTarget => PipelineOverBaseline <= Target;
}

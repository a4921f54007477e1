using ThiDua.Benchmark.Breakdown;
using ThiDua.Benchmark.Corpus;

namespace ThiDua.Benchmark.Running;

/// <summary>Everything measured on one corpus set.</summary>
public sealed record SetResult(
    string Name,
    CorpusKind Kind,
    IReadOnlyList<string> Files,
    int Repeat,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<Ratio> Ratios,
    StageBreakdown Breakdown,
    IReadOnlyList<string> Notes);

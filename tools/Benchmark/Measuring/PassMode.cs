namespace ThiDua.Benchmark.Measuring;

public enum PassMode
{
    /// <summary>One file after another on one thread.</summary>
    Sequential,

    /// <summary>Parallel.ForEach with MaxDegreeOfParallelism = processor count, as the ingest CLI runs.</summary>
    Parallel,
}

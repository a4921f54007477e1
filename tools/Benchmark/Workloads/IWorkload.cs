namespace ThiDua.Benchmark.Workloads;

/// <summary>One thing done to one file, timed as a whole by the pass runner. Must be safe to call from several threads.</summary>
public interface IWorkload
{
    string Name { get; }

    WorkItem Run(string path);
}

namespace ThiDua.Ingest.Cli;

/// <summary>Shows a bulk run as it goes: a live bar on a terminal, plain lines when the output is redirected.</summary>
public interface IProgressDisplay
{
    Task RunAsync(RunCounters counters, Func<Action<FileOutcome>, Task> work);
}

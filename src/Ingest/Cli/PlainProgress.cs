namespace ThiDua.Ingest.Cli;

/// <summary>Without a terminal: one result line per file on stdout, a progress line on stderr every few seconds.</summary>
public sealed class PlainProgress(TextWriter results, TextWriter diagnostics) : IProgressDisplay
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public async Task RunAsync(RunCounters counters, Func<Action<FileOutcome>, Task> work)
    {
        var lastLine = TimeSpan.Zero;
        var gate = new Lock();
        await work(outcome =>
        {
            var finished = counters.Add(outcome.Kind);
            lock (gate)
            {
                results.WriteLine(OutcomeLine.Of(outcome, finished, counters.Total));
                if (counters.Elapsed - lastLine < Interval) return;
                lastLine = counters.Elapsed;
                diagnostics.WriteLine("Tiến độ / Progress " + counters.ProgressLine());
            }
        });
    }
}

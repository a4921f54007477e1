using Spectre.Console;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// On a terminal: a live Spectre.Console bar on stderr (done, failed, skipped, documents per second, ETA); failures are
/// printed above it as they happen. The per-file result lines go to stdout only when stdout is redirected.
/// </summary>
public sealed class LiveProgress(TextWriter? results) : IProgressDisplay
{
    public async Task RunAsync(RunCounters counters, Func<Action<FileOutcome>, Task> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var gate = new Lock();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(counters), maxValue: counters.Total);
                await work(outcome =>
                {
                    var finished = counters.Add(outcome.Kind);
                    lock (gate)
                    {
                        var line = OutcomeLine.Of(outcome, finished, counters.Total);
                        results?.WriteLine(line);
                        if (results is null && outcome.Failed) console.MarkupLine(Markup.Escape(line));
                        task.Increment(1);
                        task.Description = Describe(counters);
                    }
                });
            });
    }

    private static string Describe(RunCounters counters) =>
        Markup.Escape($"✓ {counters.Succeeded}  ✗ {counters.Failed}  ↷ {counters.Skipped}  {counters.Rate:0.0} tệp/s (docs/s)");
}

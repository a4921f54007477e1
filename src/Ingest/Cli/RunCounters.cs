using System.Diagnostics;

namespace ThiDua.Ingest.Cli;

/// <summary>The running totals of a bulk run, safe to update from parallel workers: done, failed, skipped, rate and ETA.</summary>
public sealed class RunCounters(int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _succeeded;
    private int _failed;
    private int _alreadyInStore;
    private int _notDocuments;
    private int _finished;

    public int Total => total;

    public int Succeeded => Volatile.Read(ref _succeeded);

    public int Failed => Volatile.Read(ref _failed);

    public int AlreadyInStore => Volatile.Read(ref _alreadyInStore);

    public int NotDocuments => Volatile.Read(ref _notDocuments);

    public int Skipped => AlreadyInStore + NotDocuments;

    public int Finished => Volatile.Read(ref _finished);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Files finished per second (skipped ones included).</summary>
    public double Rate => Finished / Math.Max(0.001, Elapsed.TotalSeconds);

    public TimeSpan? Remaining => Finished == 0 ? null : TimeSpan.FromSeconds((Total - Finished) / Rate);

    /// <returns>The number of files finished so far, this one included.</returns>
    public int Add(FileOutcomeKind kind)
    {
        switch (kind)
        {
            case FileOutcomeKind.Succeeded: Interlocked.Increment(ref _succeeded); break;
            case FileOutcomeKind.Failed: Interlocked.Increment(ref _failed); break;
            case FileOutcomeKind.AlreadyInStore: Interlocked.Increment(ref _alreadyInStore); break;
            default: Interlocked.Increment(ref _notDocuments); break;
        }

        return Interlocked.Increment(ref _finished);
    }

    public string ProgressLine() =>
        $"{Finished}/{Total}: {Succeeded} xong / done, {Failed} lỗi / failed, {Skipped} bỏ qua / skipped, {Rate:0.0} tệp/giây / docs/s" +
        (Remaining is { } eta ? $", còn khoảng / ETA {Format(eta)}" : "");

    public static string Format(TimeSpan span) => span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss") : span.ToString(@"m\:ss");
}

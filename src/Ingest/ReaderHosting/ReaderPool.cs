using System.Collections.Concurrent;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// A small pool of warm reader processes (<c>thidua reader-host</c>), started on demand, at most
/// <see cref="ReaderPoolOptions.Size"/> at a time, each reading one file at a time. A process that broke a limit, died
/// or ran out of memory is discarded, and the next file gets a fresh one; its file fails alone with its code.
/// </summary>
internal sealed class ReaderPool(ReaderPoolOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Size, options.Size);
    private readonly ConcurrentBag<ReaderProcess> _idle = [];
    private readonly ConcurrentDictionary<int, string> _busy = new();
    private int _started;
    private int _discarded;
    private volatile bool _disposed;

    /// <summary>Processes started so far.</summary>
    public int Started => _started;

    /// <summary>Processes killed or retired so far (each replaced by the next start).</summary>
    public int Discarded => _discarded;

    /// <summary>The process ids reading a file now, with the file.</summary>
    public IReadOnlyDictionary<int, string> Busy => _busy;

    public LayoutDocument Read(string format, string path, TimeSpan limit, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(cancellationToken);
        ReaderProcess? process = null;
        var keep = false;
        try
        {
            process = Take();
            _busy[process.Id] = path;
            var response = process.Read(new ReaderRequest(format, path), limit, cancellationToken);
            keep = !response.Retire;
            return response.Layout ?? throw new ReaderException(response.ErrorCode ?? ReaderErrorCodes.InternalError, response.ErrorMessage ?? string.Empty);
        }
        finally
        {
            if (process is not null)
            {
                _busy.TryRemove(process.Id, out _);
                if (keep && !_disposed && process.IsAlive) _idle.Add(process);
                else Discard(process);
            }

            _slots.Release();
        }
    }

    private ReaderProcess Take()
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.IsAlive) return idle;
            Discard(idle);
        }

        Interlocked.Increment(ref _started);
        return ReaderProcess.Start(options);
    }

    private void Discard(ReaderProcess process)
    {
        Interlocked.Increment(ref _discarded);
        process.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var process)) process.Dispose();
    }
}

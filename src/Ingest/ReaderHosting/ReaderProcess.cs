using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// The parent side of one reader process: sends a file, waits for the answer under the wall-clock limit while watching
/// the process's resident memory, and kills it (its whole tree) when it breaks a limit or the caller cancels. After any
/// exception from <see cref="Read"/> the process is dead: the pool replaces it.
/// </summary>
internal sealed class ReaderProcess : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private const int MaxStdErrChars = 2048;
    private const long Gen0BudgetBytes = 64L << 20;

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly long _residentLimitBytes;
    private readonly StringBuilder _stdErr = new();

    private ReaderProcess(Process process, long residentLimitBytes)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _residentLimitBytes = residentLimitBytes;
    }

    public int Id => _process.Id;

    public bool IsAlive => !_process.HasExited;

    public static ReaderProcess Start(ReaderPoolOptions options)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("ulimit -v " + (options.AddressSpaceLimitBytes / 1024).ToString(CultureInfo.InvariantCulture) + " 2>/dev/null; exec \"$0\" \"$@\"");
        foreach (var part in options.HostCommand) psi.ArgumentList.Add(part);
        psi.ArgumentList.Add(ReaderHostCommand.Name);
        // workstation GC with a hard heap limit: small reservations (so that ulimit -v holds) and a clean out-of-memory
        psi.Environment["DOTNET_gcServer"] = "0";
        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.ManagedHeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        // Workstation GC sizes gen0 by the CPU cache (a few MB): a PDF's pages, which live until the layout is sent, were
        // promoted through ~30 gen1 collections per pass over the corpus PDFs. A 64 MiB gen0 budget (inside the heap limit)
        // leaves 2, about 0.5 ms of CPU less per page (the reader alone, corpus/pdf).
        psi.Environment["DOTNET_GCgen0size"] = "0x" + Gen0BudgetBytes.ToString("X", CultureInfo.InvariantCulture);
        var process = Process.Start(psi) ?? throw ReaderProcessErrors.NotStarted(string.Join(' ', options.HostCommand));
        var reader = new ReaderProcess(process, options.ResidentLimitBytes);
        process.ErrorDataReceived += (_, e) => reader.KeepStdErr(e.Data);
        process.BeginErrorReadLine();
        return reader;
    }

    /// <summary>The reader's answer (a layout or its coded error). Throws a coded ReaderException when the process broke a limit or died.</summary>
    public ReaderResponse Read(ReaderRequest request, TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            Frames.Write(_input, JsonSerializer.SerializeToUtf8Bytes(request, ReaderMessageJsonContext.Default.ReaderRequest));
        }
        catch (IOException)
        {
            throw Died();
        }

        var answer = Task.Run(() => Frames.Read(_output), CancellationToken.None);
        var settled = answer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var watch = Stopwatch.StartNew();
        while (!settled.Wait(PollInterval, CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Kill();
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (watch.Elapsed > limit)
            {
                Kill();
                throw ReaderProcessErrors.Timeout(limit);
            }

            var resident = ResidentBytes();
            if (resident > _residentLimitBytes)
            {
                Kill();
                throw ReaderProcessErrors.TooLarge(resident, _residentLimitBytes);
            }
        }

        if (answer.IsFaulted || answer.Result is null) throw Died();
        try
        {
            return JsonSerializer.Deserialize(answer.Result, ReaderMessageJsonContext.Default.ReaderResponse) ?? throw new JsonException("empty answer");
        }
        catch (JsonException e)
        {
            Kill();
            throw new ReaderException(ReaderErrorCodes.InternalError, $"Tiến trình đọc trả lời sai định dạng / The reader process answered in an unexpected form: {e.Message}");
        }
    }

    private ReaderException Died()
    {
        Kill();
        _process.WaitForExit();
        string stdErr;
        lock (_stdErr) stdErr = _stdErr.ToString();
        return ReaderProcessErrors.Died(_process.ExitCode, stdErr);
    }

    /// <summary>VmRSS of /proc/PID/status, in bytes; 0 when the process is gone.</summary>
    private long ResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private void KeepStdErr(string? line)
    {
        if (line is null) return;
        lock (_stdErr)
        {
            if (_stdErr.Length < MaxStdErrChars) _stdErr.AppendLine(line);
        }
    }

    private void Kill() => ProcessTree.Kill(_process);

    /// <summary>Closes stdin (the host ends with its LibreOffice), kills the tree if it does not end within a few seconds.</summary>
    public void Dispose()
    {
        try
        {
            _input.Close();
        }
        catch (IOException)
        {
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}

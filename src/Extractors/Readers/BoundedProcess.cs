using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Readers;

/// <summary>
/// Runs a command under <c>/bin/sh</c> with <c>ulimit -v</c> and a wall-clock timeout, streaming its standard output to a
/// reader callback. On timeout or cancellation the process tree is killed, which ends the stream. Every external engine
/// (Poppler, LibreOffice) runs through it.
/// </summary>
public static class BoundedProcess
{
    private const int MaxStdErrChars = 4096;

    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, ProcessLimits limits, Action<Stream> readStdout, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        var kb = Math.Max(1, limits.MemoryLimitBytes / 1024).ToString(CultureInfo.InvariantCulture);
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("ulimit -v " + kb + " 2>/dev/null; exec \"$0\" \"$@\"");
        psi.ArgumentList.Add(fileName);
        foreach (var a in arguments) psi.ArgumentList.Add(a);

        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr)
            {
                if (stderr.Length < MaxStdErrChars) stderr.AppendLine(e.Data);
            }
        };

        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginErrorReadLine();
        var timedOut = false;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(limits.Timeout);
        using (limit.Token.Register(() =>
               {
                   timedOut = !cancellationToken.IsCancellationRequested;
                   Kill(process);
               }))
        {
            try
            {
                readStdout(process.StandardOutput.BaseStream);
            }
            catch (Exception) when (limit.IsCancellationRequested)
            {
                // The kill ended the stream; reported below.
            }
            catch
            {
                Kill(process);
                throw;
            }

            // Drain what the reader left so the process can exit, then wait.
            try
            {
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            }
            catch (Exception) when (limit.IsCancellationRequested)
            {
            }
            catch (ObjectDisposedException)
            {
            }

            if (!process.WaitForExit(limits.Timeout)) Kill(process);
            process.WaitForExit();
        }

        cancellationToken.ThrowIfCancellationRequested();
        string err;
        lock (stderr) err = stderr.ToString();
        return new ProcessOutcome(process.ExitCode, err, timedOut, watch.Elapsed);
    }

    private static void Kill(Process process) => ProcessTree.Kill(process);
}

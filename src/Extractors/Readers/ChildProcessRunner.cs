using System.Diagnostics;

namespace ThiDua.Extractors.Readers;

/// <summary>
/// Runs an external engine with a wall-clock timeout and an address-space limit (through <c>prlimit</c> when present),
/// killing the whole process tree on timeout or cancellation.
/// </summary>
public static class ChildProcessRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);

    public static Result Run(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, long memoryLimitBytes, CancellationToken cancellationToken, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (PrlimitPath is { } prlimit)
        {
            info.FileName = prlimit;
            info.ArgumentList.Add($"--as={memoryLimitBytes}");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(fileName);
        }
        else
        {
            info.FileName = fileName;
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(timeoutSource.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ReaderException(ReaderErrorCodes.Timeout, $"{Path.GetFileName(fileName)} chạy quá {timeout.TotalSeconds:0} giây và đã bị dừng / {Path.GetFileName(fileName)} ran longer than {timeout.TotalSeconds:0} s and was stopped.");
        }

        return new Result(process.ExitCode, Safe(stdout), Safe(stderr), stopwatch.Elapsed);
    }

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string? PrlimitPath { get; } = FindOnPath("prlimit");

    private static string Safe(Task<string> output)
    {
        try
        {
            return output.Wait(TimeSpan.FromSeconds(5)) ? output.Result : string.Empty;
        }
        catch (AggregateException)
        {
            return string.Empty;
        }
    }
}

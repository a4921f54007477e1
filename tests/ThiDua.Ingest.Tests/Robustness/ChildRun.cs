using System.Diagnostics;
using System.Globalization;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Runs the built <c>thidua</c> executable in a child process and measures its peak resident memory: through GNU time
/// (<c>/usr/bin/time -f %M</c>) when present, otherwise by sampling the high-water mark (VmHWM) in /proc.
/// </summary>
public static class ChildRun
{
    public sealed record Outcome(int ExitCode, long PeakBytes, TimeSpan Elapsed, string StandardError, string StandardOutput = "");

    private const string GnuTime = "/usr/bin/time";

    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "thidua.exe" : "thidua");

    public static Outcome Thidua(string workingDirectory, TimeSpan limit, params string[] arguments)
    {
        var useTime = File.Exists(GnuTime);
        var timeFile = Path.Combine(Path.GetTempPath(), $"thidua-time-{Guid.NewGuid():N}.txt");
        var info = new ProcessStartInfo
        {
            FileName = useTime ? GnuTime : Executable,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", timeFile, Executable }) info.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_gcServer"] = "0";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long sampledPeak = 0;
        while (!process.WaitForExit(50))
        {
            sampledPeak = Math.Max(sampledPeak, SampleHighWaterMark(process.Id, useTime));
            if (stopwatch.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"thidua {string.Join(' ', arguments)} ran longer than {limit.TotalSeconds:0} s");
            }
        }

        process.WaitForExit();
        var elapsed = stopwatch.Elapsed;
        var peak = sampledPeak;
        if (useTime && File.Exists(timeFile))
        {
            var lines = File.ReadAllLines(timeFile).Where(l => l.Trim().Length > 0).ToArray();
            if (lines.Length > 0 && long.TryParse(lines[^1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib)) peak = Math.Max(peak, kib * 1024);
            File.Delete(timeFile);
        }

        return new Outcome(process.ExitCode, peak, elapsed, stderr.Result, stdout.Result);
    }

    /// <summary>VmHWM of the thidua process (the child of GNU time when it is used), in bytes; 0 when it cannot be read.</summary>
    private static long SampleHighWaterMark(int pid, bool throughTime)
    {
        try
        {
            var target = pid;
            if (throughTime)
            {
                var children = $"/proc/{pid}/task/{pid}/children";
                if (!File.Exists(children)) return 0;
                var first = File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (first is null || !int.TryParse(first, out target)) return 0;
            }

            foreach (var line in File.ReadLines($"/proc/{target}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}

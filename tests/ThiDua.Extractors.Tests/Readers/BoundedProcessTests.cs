using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Tests.Readers;

public sealed class BoundedProcessTests
{
    [Fact]
    public void KillsAProcessThatOutlivesTheTimeout()
    {
        var watch = Stopwatch.StartNew();
        var outcome = BoundedProcess.Run("sleep", ["30"], new ProcessLimits(TimeSpan.FromMilliseconds(500), 1L << 30),
            s => s.CopyTo(Stream.Null), CancellationToken.None);
        Assert.True(outcome.TimedOut);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void StreamsOutputAndReportsExitCode()
    {
        string? text = null;
        var outcome = BoundedProcess.Run("printf", ["a\\nb"], PdfEngineOptions.Default.Limits, s => text = new StreamReader(s).ReadToEnd(), CancellationToken.None);
        Assert.False(outcome.TimedOut);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("a\nb", text);
    }

    [Fact]
    public void AppliesTheMemoryLimit()
    {
        string? text = null;
        BoundedProcess.Run("sh", ["-c", "ulimit -v"], new ProcessLimits(TimeSpan.FromSeconds(10), 512L << 20), s => text = new StreamReader(s).ReadToEnd(), CancellationToken.None);
        Assert.Equal((512 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), text?.Trim());
    }

    [Fact]
    public void CancellationStopsTheProcess()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            BoundedProcess.Run("sleep", ["30"], PdfEngineOptions.Default.Limits, s => s.CopyTo(Stream.Null), cts.Token));
    }
}

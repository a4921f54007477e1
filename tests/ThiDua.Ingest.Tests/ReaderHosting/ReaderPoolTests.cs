using System.Diagnostics;
using System.Text.Json;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Ingest.ReaderHosting;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.ReaderHosting;

/// <summary>
/// The warm reader processes for real: a pooled read gives the in-process layout; a process that is killed mid-file,
/// passes the wall-clock limit or its memory cap costs only its file (a coded error) and is replaced for the next one.
/// </summary>
public sealed class ReaderPoolTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_pooled_read_gives_the_same_layout_as_the_in_process_reader()
    {
        using var pool = TestPools.Create();
        var inProcess = IngestPipelineBuilder.CreateDefault().Readers["pdf"].Read(TestPools.CorpusPdf, CancellationToken.None);

        var pooled = pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);
        var again = pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);

        Assert.Equal(Json(inProcess), Json(pooled));
        Assert.Equal(Json(inProcess), Json(again));
        Assert.Contains(pooled.Blocks, b => b is LayoutTable);
        Assert.Equal(1, pool.Started); // the second file went to the same warm process
        Assert.Equal(0, pool.Discarded);
    }

    [Fact]
    public void A_reader_error_comes_back_with_its_code_and_the_process_stays()
    {
        using var temp = new TempFolder();
        var encrypted = temp.File("mat-khau.pdf");
        HostilePdfs.WriteEncrypted(encrypted);
        using var pool = TestPools.Create();

        var error = Assert.Throws<ReaderException>(() => pool.Read("pdf", encrypted, Limit, CancellationToken.None));
        pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);

        Assert.Equal(ReaderErrorCodes.Encrypted, error.Code);
        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, pool.Started);
    }

    [Fact]
    public void A_reader_process_killed_mid_file_fails_that_file_alone_and_the_next_file_reads()
    {
        using var temp = new TempFolder();
        var slow = temp.File("bom-nen.pdf");
        HostilePdfs.WriteDecompressionBomb(slow, 256L << 20);
        using var pool = TestPools.Create();
        pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None); // warm

        var reading = Task.Run(() => pool.Read("pdf", slow, Limit, CancellationToken.None));
        var victim = WaitForBusyProcess(pool, slow);
        Thread.Sleep(300);
        Assert.False(reading.IsCompleted, "the slow file finished before the kill; the test needs a slower file");
        Process.GetProcessById(victim).Kill(); // SIGKILL, the process alone
        var error = Assert.Throws<ReaderException>(() => reading.GetAwaiter().GetResult());
        var next = pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);

        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
        Assert.Contains("exit code 137", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(next.Blocks);
        Assert.Equal(2, pool.Started);
        Assert.Equal(1, pool.Discarded);
        Assert.DoesNotContain(victim, pool.Busy.Keys);
    }

    [Fact]
    public void A_file_over_the_wall_clock_limit_is_a_timeout_and_its_process_is_replaced()
    {
        using var temp = new TempFolder();
        var slow = temp.File("bom-nen.pdf");
        HostilePdfs.WriteDecompressionBomb(slow, 256L << 20);
        using var pool = TestPools.Create();
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<ReaderException>(() => pool.Read("pdf", slow, TimeSpan.FromSeconds(1), CancellationToken.None));
        var elapsed = watch.Elapsed;
        var next = pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);

        Assert.Equal(ReaderErrorCodes.Timeout, error.Code);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"the kill took {elapsed}");
        Assert.NotEmpty(next.Blocks);
        Assert.Equal(2, pool.Started);
        Assert.Equal(1, pool.Discarded);
    }

    [Fact]
    public void A_process_over_its_resident_memory_cap_is_killed_and_the_file_fails_as_too_large()
    {
        // a cap below what a .NET process needs to read anything: the watch must catch the first read
        using var pool = TestPools.Create(residentLimitBytes: 16L << 20);

        var error = Assert.Throws<ReaderException>(() => pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.TooLarge, error.Code);
        Assert.Contains("too much memory", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, pool.Discarded);
    }

    [Fact]
    public void Cancellation_kills_the_busy_process()
    {
        using var temp = new TempFolder();
        var slow = temp.File("bom-nen.pdf");
        HostilePdfs.WriteDecompressionBomb(slow, 256L << 20);
        using var pool = TestPools.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        Assert.ThrowsAny<OperationCanceledException>(() => pool.Read("pdf", slow, Limit, cancel.Token));

        Assert.Equal(1, pool.Discarded);
        Assert.Empty(pool.Busy);
    }

    private static int WaitForBusyProcess(ReaderPool pool, string path)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            foreach (var (id, file) in pool.Busy)
            {
                if (file == path) return id;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("no reader process took the file");
    }

    private static string Json(LayoutDocument layout) =>
        JsonSerializer.Serialize(new ReaderResponse(layout, null, null), ReaderMessageJsonContext.Default.ReaderResponse);
}

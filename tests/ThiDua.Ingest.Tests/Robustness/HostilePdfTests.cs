using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Ingest.ReaderHosting;
using ThiDua.Ingest.Tests.ReaderHosting;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Every hostile PDF through a warm reader process, whatever the PDF engine: it ends in a layout or a coded error
/// (never internal_error) within the wall-clock limit; a process that broke a limit or died is replaced; and the next
/// file, a real report, still reads.
/// </summary>
public sealed class HostilePdfTests(HostilePdfTests.PoolFixture fixture) : IClassFixture<HostilePdfTests.PoolFixture>
{
    private const string Ok = HostileCase.Success;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(45);

    private static readonly Dictionary<string, (Action<string> Write, string[] Outcomes)> Cases = new()
    {
        ["encrypted"] = (HostilePdfs.WriteEncrypted, [ReaderErrorCodes.Encrypted]),
        ["truncated"] = (HostilePdfs.WriteTruncated, [ReaderErrorCodes.CorruptFile, Ok]),
        ["page-tree-loop"] = (HostilePdfs.WritePageTreeLoop, [ReaderErrorCodes.CorruptFile, ReaderErrorCodes.NoTextLayer]),
        ["million-pages"] = (p => HostilePdfs.WriteHugePageCount(p), [ReaderErrorCodes.CorruptFile, ReaderErrorCodes.TooLarge, ReaderErrorCodes.Timeout, Ok]),
        ["zero-pages"] = (HostilePdfs.WriteZeroPages, [ReaderErrorCodes.CorruptFile, ReaderErrorCodes.NoTextLayer]),
        ["image-only"] = (HostilePdfs.WriteImageOnly, [ReaderErrorCodes.NoTextLayer]),
        ["decompression-bomb-512MiB"] = (p => HostilePdfs.WriteDecompressionBomb(p, 512L << 20), [Ok, ReaderErrorCodes.TooLarge, ReaderErrorCodes.Timeout, ReaderErrorCodes.CorruptFile, ReaderErrorCodes.NoTextLayer]),
        ["nesting-100000"] = (p => HostilePdfs.WriteDeepNesting(p, 100_000), [Ok, ReaderErrorCodes.CorruptFile, ReaderErrorCodes.NoTextLayer]),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_pdf_ends_in_a_result_or_a_coded_error_and_the_next_file_reads(string name)
    {
        var (write, outcomes) = Cases[name];
        using var temp = new TempFolder();
        var path = temp.File(name + ".pdf");
        write(path);
        var pool = fixture.Pool;
        var discardedBefore = pool.Discarded;
        var watch = Stopwatch.StartNew();

        string outcome;
        try
        {
            outcome = pool.Read("pdf", path, Limit, CancellationToken.None).Blocks.Count > 0 ? Ok : "empty layout";
        }
        catch (ReaderException e)
        {
            outcome = e.Code;
            Assert.Contains(" / ", e.Message, StringComparison.Ordinal);
        }

        var elapsed = watch.Elapsed;
        var next = pool.Read("pdf", TestPools.CorpusPdf, Limit, CancellationToken.None);

        Assert.True(outcomes.Contains(outcome), $"{name}: got {outcome}, expected one of {string.Join(", ", outcomes)}");
        Assert.True(elapsed < Limit + TimeSpan.FromSeconds(5), $"{name} took {elapsed}");
        var brokeALimit = outcome is ReaderErrorCodes.Timeout or ReaderErrorCodes.TooLarge || pool.Discarded > discardedBefore;
        if (brokeALimit) Assert.Equal(discardedBefore + 1, pool.Discarded);
        Assert.NotEmpty(next.Blocks);
    }

    /// <summary>One warm reader process for the whole catalogue, as in a bulk run.</summary>
    public sealed class PoolFixture : IDisposable
    {
        internal ReaderPool Pool { get; } = TestPools.Create();

        public void Dispose() => Pool.Dispose();
    }
}

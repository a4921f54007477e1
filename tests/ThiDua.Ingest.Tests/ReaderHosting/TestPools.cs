using ThiDua.Ingest.ReaderHosting;

namespace ThiDua.Ingest.Tests.ReaderHosting;

/// <summary>Reader pools of the test binary's own <c>thidua reader-host</c>, with the production limits unless a test narrows one.</summary>
internal static class TestPools
{
    public static ReaderPool Create(int size = 1, long? residentLimitBytes = null) =>
        new(ReaderPoolOptions.Default with { Size = size, ResidentLimitBytes = residentLimitBytes ?? ReaderPoolOptions.Default.ResidentLimitBytes });

    /// <summary>The first corpus PDF, a real report that reads.</summary>
    public static string CorpusPdf => Path.Combine(TestPaths.Corpus, "pdf", "000.pdf");
}

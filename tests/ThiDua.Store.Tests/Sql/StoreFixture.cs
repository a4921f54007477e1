using ThiDua.Extractors.Pipeline;
using ThiDua.Store;

namespace ThiDua.Store.Tests.Sql;

/// <summary>Two real corpus reports run through the production pipeline once for every store test, and a scratch folder.</summary>
public sealed class StoreFixture : IDisposable
{
    public StoreFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "thidua-store-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var pipeline = ThiDua.Ingest.PipelineFactory.Create(TimeSpan.FromSeconds(120));
        First = pipeline.Ingest(Path.Combine(TestPaths.Corpus, "docx", "000.docx"));
        Second = pipeline.Ingest(Path.Combine(TestPaths.Corpus, "docx", "001.docx"));
        PipelineVersion = pipeline.Version.Key;
    }

    public string Folder { get; }

    public IngestResult First { get; }

    public IngestResult Second { get; }

    public string PipelineVersion { get; }

    public static IngestedFile ToIngested(IngestResult result, string pipelineVersion, string? inputPath = null) =>
        new(inputPath ?? result.Path, result.Report?.Source.Sha256 ?? Sha256(result.Path), result.Path, pipelineVersion, result.Report, result.Error, result.Elapsed);

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

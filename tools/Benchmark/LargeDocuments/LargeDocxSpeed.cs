using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThiDua.Benchmark.Measuring;
using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest;
using ThiDua.Store;
using ThiDua.Store.Sqlite;

namespace ThiDua.Benchmark.LargeDocuments;

/// <summary>
/// How the Word path grows with a document's length: synthetic documents of each size (<see cref="LargeDocx"/>) through what
/// <c>thidua ingest</c> does with one file, step by step: the production pipeline (PipelineFactory), the report's JSON once,
/// and the save into a fresh SQLite store. One untimed pass on the smallest size first (JIT), then one measured run per size:
/// a cost that grows faster than the length shows as falling paragraphs/s.
/// </summary>
public static class LargeDocxSpeed
{
    public static readonly int[] DefaultSizes = [10_000, 80_000, 340_000];

    public static int Run(IReadOnlyList<int> sizes, TextWriter output, TextWriter progress)
    {
        var folder = Directory.CreateTempSubdirectory("thidua-large-docx-");
        try
        {
            var pipeline = PipelineFactory.Create(TimeSpan.FromMinutes(10));
            progress.WriteLine($"warm-up: {sizes.Min():N0} paragraphs");
            Measure(pipeline, folder.FullName, sizes.Min(), "warmup");
            output.WriteLine($"Large Word documents (one-run paragraphs of eight digits), one measured run per size after a warm-up; {Environment.ProcessorCount} cores, load {LoadAverage()} at the start");
            output.WriteLine("| paragraphs | document.xml | pipeline s | JSON s | store s | total s | CPU s | paragraphs/s | peak heap |");
            output.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var size in sizes)
            {
                progress.WriteLine($"{size:N0} paragraphs");
                var row = Measure(pipeline, folder.FullName, size, size.ToString(CultureInfo.InvariantCulture));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {row.XmlBytes / 1e6:F1} MB | {row.Pipeline:F2} | {row.Json:F2} | {row.Store:F2} | {row.Total:F2} | {row.Cpu:F2} | {size / row.Total:N0} | {row.PeakHeapBytes / (1024 * 1024):N0} MiB |"));
            }

            output.WriteLine($"load {LoadAverage()} at the end");
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed record Row(long XmlBytes, double Pipeline, double Json, double Store, double Total, double Cpu, long PeakHeapBytes);

    private static Row Measure(IngestPipeline pipeline, string folder, int paragraphs, string name)
    {
        var path = Path.Combine(folder, $"large-{name}.docx");
        var xmlBytes = LargeDocx.Write(path, paragraphs);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpuBefore = ResourceUsage.Read()?.SelfSeconds ?? 0;
        using var heap = new HeapSampler(TimeSpan.FromMilliseconds(10));
        var total = Stopwatch.StartNew();
        var result = pipeline.Ingest(path);
        var pipelineSeconds = total.Elapsed.TotalSeconds;
        var report = result.Report ?? throw new InvalidOperationException($"{paragraphs} paragraphs: {result.Error?.Code} {result.Error?.Message}");
        var json = ReportJson.SerializeToUtf8Bytes(report);
        var jsonSeconds = total.Elapsed.TotalSeconds - pipelineSeconds;
        var store = SqliteReportStore.Open(Path.Combine(folder, $"store-{name}.db"));
        try
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
            store.SaveAsync(new IngestedFile(path, sha, path, pipeline.Version.Key, report, null, result.Elapsed, Encoding.UTF8.GetString(json))).GetAwaiter().GetResult();
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var seconds = total.Elapsed.TotalSeconds;
        var cpu = (ResourceUsage.Read()?.SelfSeconds ?? 0) - cpuBefore;
        return new Row(xmlBytes, pipelineSeconds, jsonSeconds, seconds - pipelineSeconds - jsonSeconds, seconds, cpu, heap.Peak);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

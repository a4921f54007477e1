using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;
using ThiDua.Benchmark.Measuring;
using ThiDua.Ingest;

namespace ThiDua.Benchmark.Engines;

/// <summary>
/// Where the whole PDF pipeline's time goes, one file at a time on one thread, warm: the production pipeline
/// (<see cref="PipelineFactory"/>, the PDF read in a warm reader process) end to end, then the same steps called one by
/// one in this process (sniff, read, each layout transform, hash, structure, prose, each stage, JSON), with the managed
/// bytes each allocates. The pooled read minus the in-process read is the reader process's cost (IPC, serialization).
/// </summary>
public static class PdfPipelineStages
{
    private const string PooledWhole = "pipeline (warm reader process), whole";
    private const string ReaderProcessShare = "    of which the reader process (its CPU)";

    private static readonly System.Text.Json.JsonSerializerOptions WireOptions = new()
    {
        IgnoreReadOnlyProperties = true,
        MaxDepth = 2048,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static int Run(IReadOnlyList<string> folders, int repeat, int warmups, TextWriter output, TextWriter progress)
    {
        var files = PdfEngineSpeed.Files(folders);
        if (files.Count == 0)
        {
            progress.WriteLine("no PDF files");
            return 2;
        }

        var builder = IngestPipelineBuilder.CreateDefault();
        var reader = builder.Readers["pdf"];
        var pooled = PipelineFactory.Create(TimeSpan.FromSeconds(120));
        var inProcess = builder.Build();
        var structure = new StructureBuilder(builder.CellValues);
        var times = new Dictionary<string, (double Seconds, double Cpu, long Bytes)>(StringComparer.Ordinal);
        var order = new List<string>();
        long pages = 0;
        long wireBytes = 0;

        // Live children (the reader processes) are read from /proc only around the pooled pipeline: the scan costs
        // this process some CPU, which the in-process steps would otherwise count.
        void Time(string stage, Action work)
        {
            var pooledStep = stage == PooledWhole;
            var childBefore = pooledStep ? LiveChildrenCpu.Seconds() : 0;
            var cpuBefore = OwnCpu();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            work();
            var elapsed = watch.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            var cpu = OwnCpu() - cpuBefore;
            var child = pooledStep ? LiveChildrenCpu.Seconds() - childBefore : 0;
            Add(stage, elapsed, cpu + child, allocated);
            if (pooledStep) Add(ReaderProcessShare, 0, child, 0);
        }

        void Add(string stage, double seconds, double cpu, long bytes)
        {
            if (!times.TryGetValue(stage, out var total)) order.Add(stage);
            times[stage] = (total.Seconds + seconds, total.Cpu + cpu, total.Bytes + bytes);
        }

        // This process and its waited-for children (pdfimages, pdftohtml).
        static double OwnCpu() => ResourceUsage.Read() is { } usage ? usage.SelfSeconds + usage.ChildrenSeconds : 0;

        void OneFile(string path, bool measure)
        {
            var clock = measure ? (Action<string, Action>)Time : static (_, work) => work();
            clock(PooledWhole, () => pooled.Ingest(path));
            clock("pipeline in this process, whole", () => inProcess.Ingest(path));
            clock("  sniff", () => FormatSniffer.Detect(path));
            Extractors.Layout.LayoutDocument layout = null!;
            clock("  read, in process", () => layout = reader.Read(path, CancellationToken.None));
            if (reader is PdfReader)
            {
                clock("    of which engine + layout (no scan check)", () => new PdfReader(Extractors.Readers.Pdf.Engine.PdfEngines.FromEnvironment(), PdfReaderOptions.Default).Read(path, CancellationToken.None));
            }

            byte[] wire = [];
            clock("  layout to JSON (as the reader process answers; estimate)", () => wire = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(layout, WireOptions));
            clock("  layout from JSON", () => System.Text.Json.JsonSerializer.Deserialize<Extractors.Layout.LayoutDocument>(wire, WireOptions));
            if (measure) wireBytes += wire.Length;
            foreach (var transform in builder.Transforms) clock("  transform " + transform.GetType().Name, () => layout = transform.Apply(layout, CancellationToken.None));
            string hash = "";
            clock("  sha256", () =>
            {
                using var stream = File.OpenRead(path);
                hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            });
            var source = new SourceInfo(Path.GetFileName(path), hash, layout.Format ?? reader.Format, layout.PageCount, layout.Extractor ?? reader.Extractor, [], path);
            Report report = null!;
            clock("  structure", () => report = structure.Build(layout, source));
            ReportText text = null!;
            clock("  prose (ReportText)", () => text = new ReportText(report));
            foreach (var stage in builder.Stages) clock("  stage " + stage.GetType().Name, () => report = stage.Apply(report, text));
            clock("  json", () => ReportJson.SerializeToUtf8Bytes(report));
            if (measure) pages += report.Source.PageCount ?? 0;
        }

        for (var i = 0; i < warmups; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var f in files) OneFile(f, measure: false);
            progress.WriteLine($"warm-up pass {i + 1}/{warmups}: {watch.Elapsed.TotalSeconds:F2} s");
        }

        for (var i = 0; i < repeat; i++)
        {
            progress.WriteLine($"pass {i + 1}/{repeat}");
            foreach (var f in files) OneFile(f, measure: true);
        }

        var (whole, wholeCpu, _) = times[PooledWhole];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} PDFs, {pages / repeat} pages ({string.Join(", ", folders)}), {repeat}× over, one file at a time, warm; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        output.WriteLine("| step | wall ms per page | share | CPU ms per page (all processes) | share | KiB allocated per page (this process) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var stage in order)
        {
            var (seconds, cpu, bytes) = times[stage];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {1000 * seconds / pages:F2} | {100 * seconds / whole:F1}% | {1000 * cpu / pages:F2} | {100 * cpu / wholeCpu:F1}% | {bytes / 1024.0 / pages:F0} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout JSON: {wireBytes / 1024.0 / pages:F1} KiB per page"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole pipeline (warm reader process): {pages / whole:F0} pages/s"));
        return 0;
    }
}

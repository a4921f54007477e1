using System.Diagnostics;
using System.Globalization;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Ingest;

namespace ThiDua.Benchmark.Engines;

/// <summary>
/// Both PDF engines side by side, one file at a time on one thread, warm, median of the runs: <c>pdftohtml -xml</c>
/// alone (the process writing to a discarded pipe), each engine's text pass alone, each engine's whole read (engine,
/// ruling lines where a table may stand, layout), and the whole pipeline (read in a warm reader process, structure,
/// stages, JSON). Each row first runs <see cref="WarmupPasses"/> untimed passes over the files, so that the tiered JIT
/// has optimized the code (the first pass of a fresh reader process is several times slower than the fifth).
/// The whole-pipeline rows run in a fresh benchmark process per engine: the production pipeline keeps one pool of reader
/// processes per process, started with the engine named by <c>THIDUA_PDF_ENGINE</c> when the pool starts, so a second
/// engine in the same process would still be read by the first engine's reader processes.
/// </summary>
public static class PdfEngineSpeed
{
    public const int WarmupPasses = 5;

    /// <summary>The argument that runs one whole-pipeline row in a child benchmark process.</summary>
    public const string WholePipelineArgument = "--pdf-whole-pipeline";

    public static int Run(IReadOnlyList<string> folders, int repeat, int runs, TextWriter output, TextWriter progress)
    {
        var files = Files(folders);
        if (files.Count == 0)
        {
            progress.WriteLine("no PDF files");
            return 2;
        }

        var pages = PageCount(files);
        output.WriteLine($"{files.Count} PDFs, {pages} pages ({string.Join(", ", folders)}); {WarmupPasses} warm-up passes, then {repeat}× per run, median of {runs} runs, one file at a time");
        output.WriteLine("| what | pages/s | ms per page | load average at the end |");
        output.WriteLine("|---|---|---|---|");
        Row(output, progress, "pdftohtml -xml alone (zoom 1.5, no parse)", files, pages, repeat, runs, f => PdftohtmlAlone(f));
        var whole = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in PdfEngines.Names)
        {
            var engine = PdfEngines.Create(name);
            Row(output, progress, $"{name}: engine text pass", files, pages, repeat, runs, f => engine.Extract(f, CancellationToken.None));
            var reader = new PdfReader(engine, PdfReaderOptions.Default);
            Row(output, progress, $"{name}: PDF reader (engine + rules + layout)", files, pages, repeat, runs, f => reader.Read(f, CancellationToken.None));
            var (line, perSecond) = WholePipelineInChild(name, folders, repeat, runs, progress);
            output.WriteLine(line);
            whole[name] = perSecond;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Whole pipeline, default route ({PdfEngines.DefaultName}), warm bulk run, one file at a time: {whole[PdfEngines.DefaultName]:F0} pages/s ({1000 / whole[PdfEngines.DefaultName]:F2} ms per page)"));
        return 0;
    }

    /// <summary>The child side: the production pipeline (PipelineFactory) on the engine this process was started with.</summary>
    public static int RunWholePipeline(IReadOnlyList<string> folders, int repeat, int runs, TextWriter output, TextWriter progress)
    {
        var files = Files(folders);
        if (files.Count == 0) return 2;
        var name = Environment.GetEnvironmentVariable(PdfEngines.Variable) ?? PdfEngines.DefaultName;
        var pipeline = PipelineFactory.Create(TimeSpan.FromSeconds(120));
        var label = $"{name}: whole pipeline, warm reader process{(name == PdfEngines.DefaultName ? " (default route)" : "")}";
        var perSecond = Row(output, progress, label, files, PageCount(files), repeat, runs, f =>
        {
            var result = pipeline.Ingest(f);
            if (result.Report is null) throw new InvalidOperationException($"{f}: {result.Error?.Code} {result.Error?.Message}");
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages/s {perSecond:F3}"));
        return 0;
    }

    private static (string Line, double PerSecond) WholePipelineInChild(string engine, IReadOnlyList<string> folders, int repeat, int runs, TextWriter progress)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(PdfEngineSpeed).Assembly.Location);
        foreach (var a in new[] { WholePipelineArgument, repeat.ToString(CultureInfo.InvariantCulture), runs.ToString(CultureInfo.InvariantCulture) }.Concat(folders)) start.ArgumentList.Add(a);
        start.Environment[PdfEngines.Variable] = engine;
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        child.WaitForExit();
        var row = lines.FirstOrDefault(l => l.StartsWith('|'));
        var figure = lines.FirstOrDefault(l => l.StartsWith("pages/s ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || row is null || figure is null) throw new InvalidOperationException($"the whole-pipeline run for {engine} failed (exit {child.ExitCode})");
        progress.WriteLine(row);
        return (row, double.Parse(figure["pages/s ".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>The PDFs directly in the folders that exist, in name order.</summary>
    internal static List<string> Files(IReadOnlyList<string> folders) =>
        folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.pdf").Order(StringComparer.Ordinal)).ToList();

    private static int PageCount(List<string> files) =>
        files.Sum(f => new ThiDua.Extractors.Readers.Pdf.Poppler.PopplerTextEngine().Extract(f, CancellationToken.None).PageCount);

    private static double Row(TextWriter output, TextWriter progress, string label, List<string> files, int pages, int repeat, int runs, Action<string> read)
    {
        progress.WriteLine(label);
        for (var w = 0; w < WarmupPasses; w++)
        {
            foreach (var f in files) read(f);
        }

        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                foreach (var f in files) read(f);
            }

            times.Add(watch.Elapsed.TotalSeconds);
        }

        var median = times.Order().ElementAt(times.Count / 2);
        var perSecond = pages * repeat / median;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {perSecond:F0} | {1000 / perSecond:F2} | {LoadAverage()} |"));
        return perSecond;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static void PdftohtmlAlone(string path)
    {
        var outcome = BoundedProcess.Run("pdftohtml", ["-xml", "-i", "-stdout", path], new ProcessLimits(TimeSpan.FromSeconds(60), 1L << 30), s => s.CopyTo(Stream.Null), CancellationToken.None);
        if (outcome.ExitCode != 0) throw new InvalidOperationException("pdftohtml failed on " + path);
    }
}

using System.Diagnostics;
using System.Globalization;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Pdf.Engine;
using ThiDua.Ingest;

namespace ThiDua.Benchmark.Engines;

/// <summary>
/// Both PDF engines side by side, one file at a time on one thread, warm (one untimed pass first), median of the runs:
/// <c>pdftohtml -xml</c> alone (the process writing to a discarded pipe), each engine's text pass alone, each engine's
/// whole read (engine, ruling lines where a table may stand, layout), and the whole pipeline (read, structure, stages).
/// </summary>
public static class PdfEngineSpeed
{
    public static int Run(IReadOnlyList<string> folders, int repeat, int runs, TextWriter output, TextWriter progress)
    {
        var files = folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.pdf").Order(StringComparer.Ordinal)).ToList();
        if (files.Count == 0)
        {
            progress.WriteLine("no PDF files");
            return 2;
        }

        var pageCounts = files.ToDictionary(f => f, f => new ThiDua.Extractors.Readers.Pdf.Poppler.PopplerTextEngine().Extract(f, CancellationToken.None).PageCount);
        var pages = pageCounts.Values.Sum();
        output.WriteLine($"{files.Count} PDFs, {pages} pages ({string.Join(", ", folders)}); {repeat}× per run, median of {runs} runs, one file at a time");
        output.WriteLine("| what | pages/s | ms per page |");
        output.WriteLine("|---|---|---|");
        Row(output, progress, "pdftohtml -xml alone (zoom 1.5, no parse)", files, pages, repeat, runs, f => PdftohtmlAlone(f));
        var previous = Environment.GetEnvironmentVariable(PdfEngines.Variable);
        try
        {
            foreach (var name in PdfEngines.Names)
            {
                var engine = PdfEngines.Create(name);
                Row(output, progress, $"{name}: engine text pass", files, pages, repeat, runs, f => engine.Extract(f, CancellationToken.None));
                var reader = new PdfReader(engine, PdfReaderOptions.Default);
                Row(output, progress, $"{name}: PDF reader (engine + rules + layout)", files, pages, repeat, runs, f => reader.Read(f, CancellationToken.None));
                Environment.SetEnvironmentVariable(PdfEngines.Variable, name);
                var pipeline = PipelineFactory.Create(TimeSpan.FromSeconds(120));
                Row(output, progress, $"{name}: whole pipeline{(name == PdfEngines.DefaultName ? " (default route)" : "")}", files, pages, repeat, runs, f => pipeline.Ingest(f));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfEngines.Variable, previous);
        }

        return 0;
    }

    private static void Row(TextWriter output, TextWriter progress, string label, List<string> files, int pages, int repeat, int runs, Action<string> read)
    {
        progress.WriteLine(label);
        foreach (var f in files) read(f);
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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {perSecond:F0} | {1000 / perSecond:F2} |"));
    }

    private static void PdftohtmlAlone(string path)
    {
        var outcome = BoundedProcess.Run("pdftohtml", ["-xml", "-i", "-stdout", path], new ProcessLimits(TimeSpan.FromSeconds(60), 1L << 30), s => s.CopyTo(Stream.Null), CancellationToken.None);
        if (outcome.ExitCode != 0) throw new InvalidOperationException("pdftohtml failed on " + path);
    }
}

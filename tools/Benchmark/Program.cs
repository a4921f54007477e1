using System.Diagnostics;
using System.Text;
using ThiDua.Benchmark.Corpus;
using ThiDua.Benchmark.Measuring;
using ThiDua.Benchmark.Options;
using ThiDua.Benchmark.Reporting;
using ThiDua.Benchmark.Running;

Console.OutputEncoding = Encoding.UTF8;
// Three PDF reports with their own arguments: --pdf-parity [CORPUS] [REAL] [PRODUCER], --pdf-engines [FOLDER...] and
// --pdf-stages [FOLDER...] (where the whole pipeline's time goes); and --large-docx [PARAGRAPHS...] (growth with length).
if (args.Length > 0 && args[0] == "--pdf-parity")
{
    return ThiDua.Benchmark.Parity.PdfParityReport.Run(args.ElementAtOrDefault(1) ?? "corpus", args.ElementAtOrDefault(2) ?? "../shared/real", Console.Out, Console.Error, args.ElementAtOrDefault(3));
}

if (args.Length > 0 && args[0] == "--pdf-engines")
{
    string[] folders = args.Length > 1 ? args[1..] : ["corpus/pdf"];
    return ThiDua.Benchmark.Engines.PdfEngineSpeed.Run(folders, repeat: 2, runs: 3, Console.Out, Console.Error);
}

if (args.Length > 2 && args[0] == ThiDua.Benchmark.Engines.PdfEngineSpeed.WholePipelineArgument)
{
    return ThiDua.Benchmark.Engines.PdfEngineSpeed.RunWholePipeline(args[3..], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "--large-docx")
{
    int[] sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : ThiDua.Benchmark.LargeDocuments.LargeDocxSpeed.DefaultSizes;
    return ThiDua.Benchmark.LargeDocuments.LargeDocxSpeed.Run(sizes, Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "--pdf-stages")
{
    string[] folders = args.Length > 1 ? args[1..] : ["corpus/pdf"];
    return ThiDua.Benchmark.Engines.PdfPipelineStages.Run(folders, repeat: 3, ThiDua.Benchmark.Engines.PdfEngineSpeed.WarmupPasses, Console.Out, Console.Error);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

var sets = CorpusScanner.Scan(options.Corpus);
if (sets.Count == 0)
{
    Console.Error.WriteLine($"no .docx or .pdf files under {options.Corpus}");
    return 2;
}

var started = DateTimeOffset.UtcNow;
var machine = MachineInfo.Current();
var stopwatch = Stopwatch.StartNew();
var benchmark = new SetBenchmark(options.Repeat, options.Runs, Console.Error);
var results = sets.Select(benchmark.Run).ToArray();
var report = new BenchmarkReport(
    started,
    stopwatch.Elapsed.TotalSeconds,
    machine,
    MachineInfo.Current(),
    options,
    results,
    PeakMemory.ProcessLifetimePeak(),
    results.SelectMany(r => r.Measurements).Select(m => m.PeakChildProcessBytes).DefaultIfEmpty(0).Max(),
    results.SelectMany(r => r.Measurements).Select(m => m.PeakConcurrentChildrenBytes).DefaultIfEmpty(0).Max(),
    PeakMemory.ResetSupported);
new TablePrinter(Console.Out).Print(report);
if (options.Out is { } path)
{
    JsonOutput.Write(path, report);
    Console.WriteLine($"JSON: {Path.GetFullPath(path)}");
}

return 0;

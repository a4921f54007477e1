using System.Diagnostics;
using System.Text;
using ThiDua.Benchmark.Corpus;
using ThiDua.Benchmark.Measuring;
using ThiDua.Benchmark.Options;
using ThiDua.Benchmark.Reporting;
using ThiDua.Benchmark.Running;

Console.OutputEncoding = Encoding.UTF8;
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

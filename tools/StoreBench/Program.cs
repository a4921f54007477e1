using System.Diagnostics;
using System.Globalization;
using ThiDua.Ingest;
using ThiDua.Ingest.Cli;
using ThiDua.Store;
using ThiDua.StoreBench;
using ThiDua.Tests.Shared;

// Store benchmark. Parent: makes N distinct copies of the corpus .docx, then runs each workload in a child process of its
// own (so that each peak memory is its own): JSON files only, SQLite + JSON, SQLite again (everything skipped),
// PostgreSQL + JSON. Child (--run MODE): ingests the folder as `thidua ingest` does (FileIngestor, parallel on every core)
// and prints one line: mode, documents, seconds, peak memory after 100 documents and at the end.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length && !args[p.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[p.i + 1] : "");
string Option(string name, string fallback) => options.TryGetValue(name, out var value) && value.Length > 0 ? value : fallback;

if (options.TryGetValue("--run", out var mode)) return await RunChildAsync(mode, Option("--in", ""), Option("--store", ""), Option("--out", ""));

var count = int.Parse(Option("--count", "1000"), CultureInfo.InvariantCulture);
var corpus = Option("--corpus", "corpus/docx");
var work = Path.GetFullPath(Option("--work", Path.Combine(Path.GetTempPath(), "thidua-store-bench")));
var postgres = Option("--postgres", "");
if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
var input = Path.Combine(work, "in");
DistinctCopies.Write(Directory.GetFiles(corpus, "*.docx").Order(StringComparer.Ordinal).ToArray(), input, count);
Console.Error.WriteLine($"{count} distinct copies of {corpus}/*.docx in {input}; {Environment.ProcessorCount} cores");

var rows = new List<string[]>();
var runs = new List<(string Mode, string Store)> { ("json", ""), ("sqlite", Path.Combine(work, "store.db")), ("sqlite-again", Path.Combine(work, "store.db")) };
if (postgres.Length > 0) runs.Add(("postgres", postgres));
var seconds = new Dictionary<string, double>();
foreach (var (runMode, store) in runs)
{
    var child = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    foreach (var argument in new[] { "--run", runMode, "--in", input, "--store", store, "--out", Path.Combine(work, "out-" + runMode) }) child.ArgumentList.Add(argument);
    using var process = Process.Start(child)!;
    var line = (await process.StandardOutput.ReadToEndAsync()).Trim();
    await process.WaitForExitAsync();
    Console.Error.WriteLine(line);
    var fields = line.Split('\t');
    seconds[runMode] = double.Parse(fields[2], CultureInfo.InvariantCulture);
    rows.Add(fields);
}

Console.WriteLine("| run | documents | seconds | documents/min | peak memory at 100 | peak memory at the end | store cost over JSON only |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var fields in rows)
{
    var documents = int.Parse(fields[1], CultureInfo.InvariantCulture);
    var time = double.Parse(fields[2], CultureInfo.InvariantCulture);
    var cost = fields[0] is "sqlite" or "postgres" ? $"{(time / seconds["json"] - 1) * 100:+0.0;-0.0}%" : "";
    Console.WriteLine($"| {fields[0]} | {documents} | {time:0.0} | {documents / time * 60:0} | {fields[3]} MiB | {fields[4]} MiB | {cost} |");
}

return 0;

static async Task<int> RunChildAsync(string mode, string input, string store, string output)
{
    var files = InputExpander.Expand([input], output).Files;
    await using IReportStore reportStore = mode == "json" ? new JsonOnlyStore() : ReportStoreFactory.Open(store);
    var ingestor = new FileIngestor(PipelineFactory.Create(TimeSpan.FromSeconds(120)), reportStore, new OutputWriter(output));
    var finished = 0;
    long peakAt100 = 0;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, token) =>
    {
        var outcome = await ingestor.IngestAsync(file, token);
        if (outcome.Failed) Console.Error.WriteLine($"{file.Path}: {outcome.Message}");
        if (Interlocked.Increment(ref finished) == 100) peakAt100 = PeakResidentMiB();
    });
    var elapsed = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Join('\t', mode, files.Count.ToString(CultureInfo.InvariantCulture), elapsed.ToString("0.00", CultureInfo.InvariantCulture),
        peakAt100.ToString(CultureInfo.InvariantCulture), PeakResidentMiB().ToString(CultureInfo.InvariantCulture)));
    return 0;
}

/// <summary>VmHWM: the process's peak resident memory so far, in MiB.</summary>
static long PeakResidentMiB()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    return 0;
}

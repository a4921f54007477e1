using ThiDua.Benchmark.Breakdown;
using ThiDua.Benchmark.Corpus;
using ThiDua.Benchmark.Measuring;
using ThiDua.Benchmark.Running;
using static ThiDua.Benchmark.Reporting.Units;

namespace ThiDua.Benchmark.Reporting;

/// <summary>Prints the report as plain-text tables.</summary>
public sealed class TablePrinter(TextWriter output)
{
    public void Print(BenchmarkReport report)
    {
        var m = report.Machine;
        output.WriteLine();
        output.WriteLine($"ThiDua.Ingest benchmark — {report.StartedUtc:yyyy-MM-dd HH:mm} UTC, {m.ProcessorCount} cores, {m.Runtime}, {(m.ServerGc ? "server" : "workstation")} GC, load average at start {m.LoadAverage ?? "n/a"}, at end {report.MachineAtEnd.LoadAverage ?? "n/a"}");
        output.WriteLine($"Each pass ingests the set {report.Options.Repeat}× over; figures are medians of {report.Options.Runs} passes (min–max shown for docs/s) after a warm-up pass.");
        foreach (var set in report.Sets) PrintSet(set);
        output.WriteLine();
        output.WriteLine($"Peak memory: benchmark process {Bytes(report.ProcessPeakWorkingSetBytes)} (whole run)" +
            (report.ChildProcessPeakBytes > 0
                ? $"; engine child processes: largest single peak {Bytes(report.ChildProcessPeakBytes)}, largest sum at one time {Bytes(report.ConcurrentChildProcessesPeakBytes)} (sampled every 10 ms)"
                : "; no child processes seen") +
            (report.PerPassPeakIsReset ? "; per-pass peaks reset before each pass (VmHWM)." : "; per-pass peaks are since process start (reset unsupported)."));
    }

    private void PrintSet(SetResult set)
    {
        output.WriteLine();
        output.WriteLine($"== {set.Name} ({set.Kind.ToString().ToLowerInvariant()}, {set.Files.Count} files: {string.Join(", ", set.Files)})");
        foreach (var note in set.Notes) output.WriteLine($"   note: {note}");
        output.WriteLine($"   {"workload",-15} {"mode",-10} {"docs/s",8} {"(min–max)",15} {"pages/s",8} {"ms/doc",8} {"alloc/doc",10} {"peak WS",10} {"peak heap",10} {"cpu self",9} {"cpu child",9} {"child pk",10} {"fail",5}");
        foreach (var x in set.Measurements)
        {
            output.WriteLine(
                $"   {x.Workload,-15} {x.Mode.ToString().ToLowerInvariant(),-10} {F(x.MedianDocumentsPerSecond, "0.0"),8} {"(" + F(x.MinDocumentsPerSecond, "0.0") + "–" + F(x.MaxDocumentsPerSecond, "0.0") + ")",15} " +
                $"{(x.MedianPagesPerSecond > 0 ? F(x.MedianPagesPerSecond, "0.0") : "-"),8} {F(x.MedianMillisecondsPerDocument, "0.00"),8} {Bytes(x.MedianAllocatedBytesPerDocument),10} " +
                $"{Bytes(x.PeakWorkingSetBytes),10} {Bytes(x.PeakManagedHeapBytes),10} {Seconds(x.MedianCpuSelfSeconds),9} {Seconds(x.MedianCpuChildrenSeconds),9} {(x.PeakChildProcessBytes > 0 ? Bytes(x.PeakChildProcessBytes) : "-"),10} {x.Failures,5}");
        }

        foreach (var error in set.Measurements.SelectMany(x => x.Passes).SelectMany(p => p.Errors).Distinct().Take(10)) output.WriteLine($"   failed: {error}");
        foreach (var ratio in set.Ratios)
        {
            output.WriteLine($"   pipeline / {ratio.Baseline,-14} {ratio.Mode.ToString().ToLowerInvariant(),-10} wall {F(ratio.PipelineOverBaseline, "0.00")}× (target ≤ {F(ratio.Target, "0")}×) {(ratio.MeetsTarget ? "met" : "NOT met")};  process CPU {(ratio.CpuPipelineOverBaseline is { } cpu ? F(cpu, "0.00") + "×" : "n/a")} (less sensitive to other load)");
        }

        PrintBreakdown(set);
    }

    private void PrintBreakdown(SetResult set)
    {
        var b = set.Breakdown;
        output.WriteLine($"   stage breakdown, one thread, {b.Documents} documents ({b.Failures} failed), ms per document:");
        output.WriteLine($"     {"stage",-56} {"wall",9} {"share",7} {"cpu",9}");
        foreach (var stage in b.Stages)
        {
            output.WriteLine($"     {stage.Name,-56} {PerDoc(stage.Seconds, b),9} {(stage.Seconds is { } s ? F(100 * s / b.TotalSeconds, "0.0") + " %" : "-"),7} {PerDoc(stage.CpuSeconds, b),9}{(stage.Engine ? "  [engine]" : string.Empty)}");
        }

        output.WriteLine($"     {"Σ stages",-56} {PerDoc(b.TotalSeconds, b),9} {string.Empty,7} {PerDoc(b.OwnCpuSeconds + b.EngineCpuSeconds, b),9}");
        if (set.Measurements.FirstOrDefault(x => x.Workload == "pipeline" && x.Mode == PassMode.Sequential) is { } pipeline)
        {
            var rest = pipeline.MedianMillisecondsPerDocument - (b.TotalSeconds * 1000 / b.Documents);
            output.WriteLine($"     {"pipeline (sequential median) − Σ stages: wrapper, later stages",-56} {F(rest, "0.000"),9} ms/doc (noisy; can be < 0)");
        }

        if (set.Kind == CorpusKind.Pdf) PrintEngineSplit(set, b);
        foreach (var note in b.Notes) output.WriteLine($"     note: {note}");
    }

    private void PrintEngineSplit(SetResult set, StageBreakdown b)
    {
        if (b.OwnOverEngine is { } own)
        {
            output.WriteLine($"   wall clock: engine share {F(100 * (b.EngineShare ?? 0), "0.0")} %, own code {F(100 * (1 - (b.EngineShare ?? 0)), "0.0")} %; own code adds {F(100 * own, "0")} % to the engine's time (target ≤ 50 %) {(own <= 0.5 ? "met" : "NOT met")}");
        }

        if (b.OwnCpuOverEngineCpu is { } ownCpu)
        {
            output.WriteLine($"   CPU time: engine processes {PerDoc(b.EngineCpuSeconds, b)} ms/doc, our thread {PerDoc(b.OwnCpuSeconds, b)} ms/doc (incl. XML parse); own code adds {F(100 * ownCpu, "0")} % to the engine's CPU (target ≤ 50 %) {(ownCpu <= 0.5 ? "met" : "NOT met")}");
        }
        else
        {
            output.WriteLine("   engine split: not available (no engine time reported)");
        }

        if (b.Pages > 0) output.WriteLine($"   pages: {b.Pages / b.Documents} per document in the breakdown pass; {F(b.Pages / b.TotalSeconds, "0.0")} pages/s one thread by Σ stages");
        foreach (var x in set.Measurements.Where(x => x.Workload == "pipeline" && x.MedianCpuChildrenSeconds is > 0))
        {
            var child = x.MedianCpuChildrenSeconds!.Value;
            var self = x.MedianCpuSelfSeconds ?? 0;
            output.WriteLine($"   CPU cross-check ({x.Mode.ToString().ToLowerInvariant()} pipeline pass): engine processes {F(child, "0.00")} s, benchmark process {F(self, "0.00")} s → own/engine {F(self / child, "0.00")} (includes JIT, GC, process spawning)");
        }
    }

    private static string PerDoc(double? seconds, StageBreakdown b) => seconds is { } s ? F(s * 1000 / b.Documents, "0.000") : "-";

    private static string Seconds(double? seconds) => seconds is { } s ? F(s, "0.00") + " s" : "-";
}

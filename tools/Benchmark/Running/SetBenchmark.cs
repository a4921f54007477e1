using ThiDua.Benchmark.Breakdown;
using ThiDua.Benchmark.Corpus;
using ThiDua.Benchmark.Measuring;
using ThiDua.Benchmark.Workloads;

namespace ThiDua.Benchmark.Running;

/// <summary>
/// Benchmarks one set: a warm-up pass of every workload in each mode, then <c>runs</c> rounds; each round runs every mode and, within it,
/// every workload once (interleaved, so drift from other load on the machine hits them alike); then a stage breakdown.
/// </summary>
public sealed class SetBenchmark(int repeat, int runs, TextWriter log)
{
    private const double DocxTarget = 2.0;

    public SetResult Run(CorpusSet set)
    {
        var (pipeline, note) = PipelineSource.For(set);
        IReadOnlyList<IWorkload> workloads = set.Kind == CorpusKind.Docx
            ? [new OpenXmlStreamingBaseline(), new OpenXmlDomBaseline(), new PipelineWorkload(pipeline)]
            : [new PipelineWorkload(pipeline)];

        // A full pass in each mode: the pipeline runs far more methods than the baselines, and with a shorter warm-up its first
        // measured rounds still ran code the tiered JIT had not yet optimized (those rounds were 2-3 times slower than later ones).
        log.WriteLine($"[{set.Name}] {set.Files.Count} files; warm-up");
        foreach (var mode in new[] { PassMode.Sequential, PassMode.Parallel })
        {
            foreach (var workload in workloads) PassRunner.Run(workload, set.Files, repeat, mode);
        }

        var passes = new List<PassResult>();
        for (var run = 1; run <= runs; run++)
        {
            foreach (var mode in new[] { PassMode.Sequential, PassMode.Parallel })
            {
                foreach (var workload in workloads)
                {
                    var pass = PassRunner.Run(workload, set.Files, repeat, mode);
                    log.WriteLine($"[{set.Name}] run {run}/{runs} {mode,-10} {workload.Name,-15} {pass.Seconds,8:0.000} s  {pass.DocumentsPerSecond,8:0.0} docs/s");
                    passes.Add(pass);
                }
            }
        }

        var measurements = passes.GroupBy(p => (p.Workload, p.Mode)).Select(g => new Measurement(g.Key.Workload, g.Key.Mode, g.ToArray())).ToArray();
        log.WriteLine($"[{set.Name}] stage breakdown");
        var breakdown = set.Kind == CorpusKind.Docx ? DocxBreakdown.Run(set.Files, repeat) : PdfBreakdown.Run(set.Files, repeat);
        return new SetResult(set.Name, set.Kind, set.Files.Select(Path.GetFileName).OfType<string>().ToArray(), repeat, measurements, RatiosOf(measurements), breakdown, note is null ? [] : [note]);
    }

    private static IReadOnlyList<Ratio> RatiosOf(IReadOnlyList<Measurement> measurements)
    {
        var ratios = new List<Ratio>();
        foreach (var pipeline in measurements.Where(m => m.Workload == "pipeline"))
        {
            foreach (var baseline in measurements.Where(m => m.Mode == pipeline.Mode && m.Workload.StartsWith("openxml", StringComparison.Ordinal)))
            {
                ratios.Add(new Ratio(baseline.Workload, pipeline.Mode, pipeline.MedianSeconds / baseline.MedianSeconds, pipeline.MedianCpuSelfSeconds / baseline.MedianCpuSelfSeconds, DocxTarget));
            }
        }

        return ratios;
    }
}

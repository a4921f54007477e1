using ThiDua.Benchmark.Measuring;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Times a PDF ingestion on one thread (<see cref="StageLoop"/>). Wall clock through the PDF reader's own statistics: engine time (the Poppler child
/// processes, with our streamed XML parse that overlaps them) and our layout rebuild; then hash, structure and JSON.
/// CPU: the engine processes' CPU (getrusage children) against our thread's CPU, which includes the XML parse.
/// </summary>
public static class PdfBreakdown
{
    private const string Engine = "engine: pdfinfo + pdftohtml (wall incl. our XML parse)";
    private const string Layout = "layout rebuild";

    public static StageBreakdown Run(IReadOnlyList<string> files, int repeat)
    {
        var reader = new PdfReader();
        var clock = new StageClock();
        var (pages, failures) = StageLoop.Run(files, repeat, clock, reader, path =>
        {
            var childrenBefore = ResourceUsage.Read()?.ChildrenSeconds;
            var read = clock.Time("reader", () => reader.ReadWithStatistics(path, CancellationToken.None));
            clock.Add(Engine, read.Statistics.EngineTime.TotalSeconds, ResourceUsage.Read()?.ChildrenSeconds - childrenBefore, engine: true);
            clock.Add(Layout, read.Statistics.LayoutTime.TotalSeconds, null);
            return read.Document;
        });

        var (whole, engine, layout) = (clock.Total("reader"), clock.Total(Engine), clock.Total(Layout));
        var stages = clock.Stages("reader");
        stages.Insert(3, new StageTime("reader, rest (checks, text-layer test)", whole.Seconds - engine.Seconds - layout.Seconds, null, false));
        stages.Insert(4, new StageTime("reader, our thread (XML parse + layout + checks)", null, whole.CpuSeconds, false));
        return new StageBreakdown(
            repeat * files.Count,
            pages,
            failures,
            stages,
            ["wall: engine time is the PDF reader's own figure (PdfReadStatistics.EngineTime); it includes our XML parse, which runs while the engine writes",
             "cpu: the engine row is the CPU of the child processes (getrusage); our rows are this thread's CPU (RUSAGE_THREAD)"]);
    }
}

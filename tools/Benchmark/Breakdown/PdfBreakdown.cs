using ThiDua.Benchmark.Measuring;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Times a PDF ingestion on one thread. Wall clock through the PDF reader's own statistics: engine time (the Poppler child
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
        var structure = new StructureBuilder(_ => null);
        var clock = new StageClock();
        var failures = 0;
        long pages = 0;
        foreach (var path in Enumerable.Range(0, repeat).SelectMany(_ => files))
        {
            clock.Time("sniff", () => FormatSniffer.Detect(path));
            try
            {
                var childrenBefore = ResourceUsage.Read()?.ChildrenSeconds;
                var read = clock.Time("reader", () => reader.ReadWithStatistics(path, CancellationToken.None));
                clock.Add(Engine, read.Statistics.EngineTime.TotalSeconds, ResourceUsage.Read()?.ChildrenSeconds - childrenBefore, engine: true);
                clock.Add(Layout, read.Statistics.LayoutTime.TotalSeconds, null);
                var hash = clock.Time("hash", () => FileHash.Of(path));
                var source = new SourceInfo(Path.GetFileName(path), hash, reader.Format, read.Document.PageCount, reader.Extractor, []);
                var report = clock.Time("structure", () => structure.Build(read.Document, source));
                clock.Time("json", () => ReportJson.SerializeToUtf8Bytes(report));
                pages += report.Source.PageCount ?? 0;
            }
            catch (ReaderException)
            {
                failures++;
            }
        }

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

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Times the stages of a Word ingestion one by one on one thread, calling the same components the pipeline calls:
/// sniff, package guard, the Docx reader (OpenXml load and conversion), hash, structure, JSON.
/// </summary>
public static class DocxBreakdown
{
    public static StageBreakdown Run(IReadOnlyList<string> files, int repeat)
    {
        var reader = new DocxReader();
        var guard = new PackageGuard();
        var structure = new StructureBuilder(_ => null);
        var clock = new StageClock();
        var failures = 0;
        long pages = 0;
        foreach (var path in Enumerable.Range(0, repeat).SelectMany(_ => files))
        {
            clock.Time("sniff", () => FormatSniffer.Detect(path));
            try
            {
                clock.Time("guard", () => Check(guard, path));
                var layout = clock.Time("reader", () => reader.Read(path, CancellationToken.None));
                var hash = clock.Time("hash", () => FileHash.Of(path));
                var source = new SourceInfo(Path.GetFileName(path), hash, reader.Format, layout.PageCount, reader.Extractor, []);
                var report = clock.Time("structure", () => structure.Build(layout, source));
                clock.Time("json", () => ReportJson.SerializeToUtf8Bytes(report));
                pages += report.Source.PageCount ?? 0;
            }
            catch (ReaderException)
            {
                failures++;
            }
        }

        // The reader runs the guard itself; show the guard once and the rest of the reader as its own line.
        var (readerTotal, guardTotal) = (clock.Total("reader"), clock.Total("guard"));
        var stages = clock.Stages("reader");
        stages.Insert(2, new StageTime("read (OpenXml load + layout)", readerTotal.Seconds - guardTotal.Seconds, readerTotal.CpuSeconds - guardTotal.CpuSeconds, false));
        return new StageBreakdown(repeat * files.Count, pages, failures, stages, ["stages after structure are inside the pipeline and not reachable from outside; see 'pipeline − Σ stages'"]);
    }

    private static int Check(PackageGuard guard, string path)
    {
        guard.Check(path, CancellationToken.None);
        return 0;
    }
}

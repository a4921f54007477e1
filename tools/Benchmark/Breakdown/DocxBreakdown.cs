using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Times the stages of a Word ingestion one by one on one thread, calling the same components the pipeline calls:
/// sniff, the Docx reader (package guard, package open, XML load and conversion: the guard's checks are made while the
/// parts are parsed, so they have no line of their own), hash, structure, JSON.
/// </summary>
public static class DocxBreakdown
{
    public static StageBreakdown Run(IReadOnlyList<string> files, int repeat)
    {
        var reader = new DocxReader();
        var structure = new StructureBuilder(_ => null);
        var clock = new StageClock();
        var failures = 0;
        long pages = 0;
        foreach (var path in Enumerable.Range(0, repeat).SelectMany(_ => files))
        {
            clock.Time("sniff", () => FormatSniffer.Detect(path));
            try
            {
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

        return new StageBreakdown(repeat * files.Count, pages, failures, clock.Stages(), ["stages after structure are inside the pipeline and not reachable from outside; see 'pipeline − Σ stages'"]);
    }
}

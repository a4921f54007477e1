using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// The stages every format's breakdown times one by one on one thread, calling the components the pipeline calls: sniff,
/// the format's read (timed by the caller, which knows what the reader can say of its own parts), hash, structure, JSON.
/// </summary>
public static class StageLoop
{
    /// <summary>Runs the files <paramref name="repeat"/> times over; a file the reader refuses counts as a failure.</summary>
    public static (long Pages, int Failures) Run(IReadOnlyList<string> files, int repeat, StageClock clock, IDocumentReader reader, Func<string, LayoutDocument> read)
    {
        var structure = new StructureBuilder(_ => null);
        var failures = 0;
        long pages = 0;
        foreach (var path in Enumerable.Range(0, repeat).SelectMany(_ => files))
        {
            clock.Time("sniff", () => FormatSniffer.Detect(path));
            try
            {
                var layout = read(path);
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

        return (pages, failures);
    }
}

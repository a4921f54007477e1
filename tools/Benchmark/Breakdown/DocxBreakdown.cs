using ThiDua.Extractors.Readers.Docx;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>
/// Times the stages of a Word ingestion (<see cref="StageLoop"/>). The Docx reader is one line: package guard, package open,
/// XML load and conversion (the guard's checks are made while the parts are parsed, so they have no line of their own).
/// </summary>
public static class DocxBreakdown
{
    public static StageBreakdown Run(IReadOnlyList<string> files, int repeat)
    {
        var reader = new DocxReader();
        var clock = new StageClock();
        var (pages, failures) = StageLoop.Run(files, repeat, clock, reader, path => clock.Time("reader", () => reader.Read(path, CancellationToken.None)));
        return new StageBreakdown(repeat * files.Count, pages, failures, clock.Stages(), ["stages after structure are inside the pipeline and not reachable from outside; see 'pipeline − Σ stages'"]);
    }
}

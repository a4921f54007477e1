using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Cli;

/// <summary>One progress line per finished file: counter, outcome, what was found or why it failed.</summary>
public sealed class ProgressReporter(int total, TextWriter log)
{
    private int _done;

    public void Report(IngestResult result)
    {
        var done = Interlocked.Increment(ref _done);
        var name = Path.GetFileName(result.Path);
        var line = result.Report is { } report
            ? $"[{done}/{total}] ✓ {name}: {CountSections(report.Sections)} mục, {report.Footnotes.Count} chú thích, {report.Tables.Count} bảng, {report.Awards.Count} khen thưởng, {report.Flags.Count} cảnh báo ({result.Elapsed.TotalSeconds:0.00} s)"
            : $"[{done}/{total}] ✗ {name}: [{result.Error?.Code}] {result.Error?.Message}";
        lock (log) log.WriteLine(line);
    }

    private static int CountSections(IReadOnlyList<Section> sections) => sections.Sum(s => 1 + CountSections(s.Children));
}

using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// The one-line result of a file, Vietnamese then English: what was found (each count as <c>12 mục / sections</c>, as the
/// summary line writes them), why it failed (the error's own bilingual message), or why it was skipped.
/// </summary>
public static class OutcomeLine
{
    public static string Of(FileOutcome outcome, int finished, int total)
    {
        var name = outcome.Input.Path;
        return outcome.Kind switch
        {
            FileOutcomeKind.Succeeded when outcome.Result?.Report is { } report =>
                $"[{finished}/{total}] ✓ {name}: {CountSections(report.Sections)} mục / sections, {report.Footnotes.Count} chú thích / footnotes, " +
                $"{report.Tables.Count} bảng / tables, {report.Awards.Count} khen thưởng / awards, {report.Flags.Count} cảnh báo / flags ({outcome.Result.Elapsed.TotalSeconds:0.00} s)",
            FileOutcomeKind.Failed => $"[{finished}/{total}] ✗ {name}: [{outcome.Result?.Error?.Code}] {outcome.Result?.Error?.Message}",
            _ => $"[{finished}/{total}] ↷ {name}: {outcome.Message}",
        };
    }

    private static int CountSections(IReadOnlyList<Section> sections) => sections.Sum(s => 1 + CountSections(s.Children));
}

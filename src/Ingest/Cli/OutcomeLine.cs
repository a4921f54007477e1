using ThiDua.Extractors.Model;

namespace ThiDua.Ingest.Cli;

/// <summary>The one-line result of a file: what was found, why it failed, or why it was skipped.</summary>
public static class OutcomeLine
{
    public static string Of(FileOutcome outcome, int finished, int total)
    {
        var name = outcome.Input.Path;
        return outcome.Kind switch
        {
            FileOutcomeKind.Succeeded when outcome.Result?.Report is { } report =>
                $"[{finished}/{total}] ✓ {name}: {CountSections(report.Sections)} mục, {report.Footnotes.Count} chú thích, {report.Tables.Count} bảng, {report.Awards.Count} khen thưởng, {report.Flags.Count} cảnh báo ({outcome.Result.Elapsed.TotalSeconds:0.00} s)",
            FileOutcomeKind.Failed => $"[{finished}/{total}] ✗ {name}: [{outcome.Result?.Error?.Code}] {outcome.Result?.Error?.Message}",
            _ => $"[{finished}/{total}] ↷ {name}: bỏ qua / skipped: {outcome.Message}",
        };
    }

    private static int CountSections(IReadOnlyList<Section> sections) => sections.Sum(s => 1 + CountSections(s.Children));
}

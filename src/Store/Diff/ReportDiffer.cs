using ThiDua.Extractors.Model;
using ThiDua.Store.Diff.Compare;
using ThiDua.Store.Diff.Model;
using ThiDua.Store.Review;

namespace ThiDua.Store.Diff;

/// <summary>
/// Compares two extractions of a report part by part, aligning by content and position rather than by ids (ids are
/// sequential in document order and shift after any insertion). With corrections (store mode), B is also laid against
/// its review corrections.
/// </summary>
public static class ReportDiffer
{
    public static ReportDiff Compare(Report a, Report b, DiffSide sideA, DiffSide sideB, IReadOnlyList<Correction>? corrections = null)
    {
        var outlineA = new ReportOutline(a);
        var outlineB = new ReportOutline(b);
        var metadata = MetadataComparer.Compare(a.Document, b.Document);
        var headings = HeadingComparer.Compare(outlineA, outlineB);
        var paragraphs = TextComparer.Compare(Paragraphs(outlineA), Paragraphs(outlineB));
        var footnotes = TextComparer.Compare(Footnotes(a), Footnotes(b));
        var tables = TableComparer.Compare(a.Tables, b.Tables);
        var awards = AwardComparer.Compare(a.Awards, b.Awards);
        var figures = FigureComparer.Compare(a.Figures, b.Figures);
        var flags = FlagComparer.Compare(a.Flags, b.Flags);
        var checks = CheckComparer.Compare(a.Checks ?? [], b.Checks ?? []);
        var reviews = corrections is null ? null : Review(b, corrections);
        var summary = new DiffSummary(
            metadata.Count, headings.Count, paragraphs.Count, footnotes.Count, tables.Count, awards.Count, figures.Count, flags.Count, checks.Count, reviews?.Count ?? 0);
        return new ReportDiff(
            ReportDiff.CurrentSchemaVersion, sideA, sideB, summary.Total == 0, summary,
            metadata, headings, paragraphs, footnotes, tables, awards, figures, flags, checks, reviews);
    }

    public static DiffSide Side(Report report, string label, long? documentId = null, int? version = null) =>
        new(label, documentId, version, report.Source.FileName, report.Source.Sha256, report.Source.PipelineVersion);

    private static List<TextItem> Paragraphs(ReportOutline outline) =>
        outline.Paragraphs.Select(p => new TextItem(p.Block.Id, p.Block.Text!, p.Path.Length == 0 ? null : p.Path)).ToList();

    private static List<TextItem> Footnotes(Report report) =>
        report.Footnotes.Select(f => new TextItem(f.Id, f.Text, null)).ToList();

    private static IReadOnlyList<CorrectionReview> Review(Report report, IReadOnlyList<Correction> corrections) =>
        CorrectionApplier.Apply(report, corrections).Outcomes
            .Select(o => new CorrectionReview(
                o.Correction.Id, o.Correction.Target, o.ExtractedValue, o.Correction.OldValue, o.Correction.NewValue,
                o.Applied, o.Reason, o.Message, o.Correction.User, o.Correction.At, o.Correction.Comment))
            .ToList();
}

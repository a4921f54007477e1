namespace ThiDua.Store.Diff.Model;

/// <summary>
/// The difference between two extractions (A, the older, and B), in the shape of <c>docs/diff.schema.json</c>. Each list
/// holds changes only; Corrections (store mode) reviews B against its review corrections.
/// </summary>
public sealed record ReportDiff(
    string SchemaVersion,
    DiffSide A,
    DiffSide B,
    bool Identical,
    DiffSummary Summary,
    IReadOnlyList<FieldChange> Metadata,
    IReadOnlyList<HeadingChange> Headings,
    IReadOnlyList<TextChange> Paragraphs,
    IReadOnlyList<TextChange> Footnotes,
    IReadOnlyList<TableChange> Tables,
    IReadOnlyList<RecordChange> Awards,
    IReadOnlyList<RecordChange> Figures,
    IReadOnlyList<FlagChange> Flags,
    IReadOnlyList<CheckChange> Checks,
    IReadOnlyList<CorrectionReview>? Corrections)
{
    public const string CurrentSchemaVersion = "1";
}

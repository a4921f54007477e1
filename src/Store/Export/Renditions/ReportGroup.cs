namespace ThiDua.Store.Export.Renditions;

/// <summary>
/// One report and the files it came as (renditions: the same report saved as .docx, .doc, PDF...). Counted is the
/// rendition whose figures count for the report in totals; Renditions lists them all, Counted first.
/// </summary>
public sealed record ReportGroup(CleanedDocument Counted, IReadOnlyList<CleanedDocument> Renditions);

using ThiDua.Extractors.Model;
using ThiDua.Store.Review;

namespace ThiDua.Store.Export.Tables;

/// <summary>The <c>documents</c> table: one row per document, its latest extraction's header with corrections applied.</summary>
internal static class DocumentsTable
{
    public const string Name = "documents";

    /// <summary>ReportId: the document id of the rendition that counts for this document's report (its own id when it came once); null when it failed.</summary>
    public sealed record Row(ExportItem Item, CorrectedReport? Corrected, long? ReportId)
    {
        public DocumentMeta? Meta => Corrected?.Report.Document;
    }

    private static readonly ColumnSet<Row> Columns = new ColumnSet<Row>()
        .Integer("document_id", r => r.Item.Document.Id)
        .Integer("version", r => r.Item.Extraction.Version.Version)
        .Text("file_name", r => r.Item.Document.FileName)
        .Text("sha256", r => r.Item.Document.Sha256)
        .Text("format", r => r.Corrected?.Report.Source.Format ?? r.Item.Document.Format)
        .Text("status", r => r.Item.Extraction.Version.Status)
        .Text("error_code", r => r.Item.Extraction.Error?.Code ?? r.Item.Extraction.Version.ErrorCode)
        .Text("issuer", r => r.Meta?.Issuer)
        .Text("number", r => r.Meta?.Number)
        .Text("symbol", r => r.Meta?.Symbol)
        .Text("doc_type", r => r.Meta?.DocType)
        .Text("title", r => r.Meta?.Title)
        .Text("place", r => r.Meta?.Place)
        .Date("date", r => FullDate(r.Meta?.Date))
        .Integer("date_year", r => r.Meta?.Date.Year)
        .Integer("date_month", r => r.Meta?.Date.Month)
        .Integer("date_day", r => r.Meta?.Date.Day)
        .Integer("period_year", r => r.Meta?.Period?.Year)
        .Text("period_part", r => r.Meta?.Period?.Part)
        .Text("signer_name", r => r.Meta?.Signer?.Name)
        .Text("signer_position", r => r.Meta?.Signer?.Position)
        .Text("review_state", r => r.Item.Document.ReviewState)
        .Integer("award_count", r => r.Corrected?.Report.Awards.Count)
        .Integer("figure_count", r => r.Corrected?.Report.Figures.Count)
        .Integer("flag_count", r => r.Corrected?.Report.Flags.Count)
        .Integer("corrections_applied", r => r.Corrected?.AppliedCount ?? 0)
        .Integer("corrections_not_applied", r => r.Corrected?.Rejected.Count() ?? r.Item.Corrections.Count)
        .Text("pipeline_version", r => r.Item.Extraction.Version.PipelineVersion)
        .DateTime("extracted_at", r => r.Item.Extraction.Version.CreatedAt.UtcDateTime)
        .Integer("report_id", r => r.ReportId);

    public static ExportTable Build(IEnumerable<Row> rows) => Columns.Build(Name, rows);

    /// <summary>A date cell only when day, month and year are all known; the parts stay in their own columns either way.</summary>
    private static DateOnly? FullDate(PartialDate? date) =>
        date is { Year: { } y, Month: { } m, Day: { } d } && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}

using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Tables;

/// <summary>The <c>flags</c> table: one row per flag, with the reviewer's decision (<c>open</c>, <c>confirmed</c>, <c>dismissed</c>).</summary>
internal static class FlagsTable
{
    public const string Name = "flags";

    public sealed record Row(long DocumentId, Flag Flag, string ReviewStatus);

    private static readonly ColumnSet<Row> Columns = new ColumnSet<Row>()
        .Integer("document_id", r => r.DocumentId)
        .Text("flag_id", r => r.Flag.Id)
        .Text("kind", r => r.Flag.Kind)
        .Text("severity", r => r.Flag.Severity)
        .Text("message", r => r.Flag.Message)
        .Decimal("stated_number", r => r.Flag.Stated?.Number)
        .Text("stated_text", r => r.Flag.Stated?.Text)
        .Decimal("computed", r => r.Flag.Computed)
        .Decimal("tolerance", r => r.Flag.Tolerance)
        .Text("expression", r => r.Flag.Expression)
        .Text("quote", r => r.Flag.Quote)
        .Text("section_path", r => r.Flag.Location.SectionPath)
        .Text("block_id", r => r.Flag.Location.BlockId)
        .Text("footnote_id", r => r.Flag.Location.FootnoteId)
        .Text("table_id", r => r.Flag.Location.TableId)
        .Integer("row", r => r.Flag.Location.Row)
        .Integer("col", r => r.Flag.Location.Col)
        .Integer("page", r => r.Flag.Location.Page)
        .Text("review_status", r => r.ReviewStatus);

    public static ExportTable Build(IEnumerable<Row> rows) => Columns.Build(Name, rows);
}

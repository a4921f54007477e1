using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Tables;

/// <summary>The <c>checks</c> table: one row per arithmetic claim the checker recognized, whatever its outcome.</summary>
internal static class ChecksTable
{
    public const string Name = "checks";

    public sealed record Row(long DocumentId, Check Check);

    private static readonly ColumnSet<Row> Columns = new ColumnSet<Row>()
        .Integer("document_id", r => r.DocumentId)
        .Text("check_id", r => r.Check.Id)
        .Text("kind", r => r.Check.Kind)
        .Text("status", r => r.Check.Status)
        .Decimal("stated_number", r => r.Check.Stated?.Number)
        .Text("stated_text", r => r.Check.Stated?.Text)
        .Decimal("computed", r => r.Check.Computed)
        .Decimal("tolerance", r => r.Check.Tolerance)
        .Text("expression", r => r.Check.Expression)
        .Text("quote", r => r.Check.Quote)
        .Text("flag_id", r => r.Check.FlagId)
        .Text("section_path", r => r.Check.Location.SectionPath)
        .Text("block_id", r => r.Check.Location.BlockId)
        .Text("table_id", r => r.Check.Location.TableId)
        .Integer("row", r => r.Check.Location.Row)
        .Integer("col", r => r.Check.Location.Col)
        .Integer("page", r => r.Check.Location.Page);

    public static ExportTable Build(IEnumerable<Row> rows) => Columns.Build(Name, rows);
}

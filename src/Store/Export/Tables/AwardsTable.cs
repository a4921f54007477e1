using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Tables;

/// <summary>The <c>awards</c> table: one row per award record; <c>award_index</c> is the record's index in the extraction (the one corrections use).</summary>
internal static class AwardsTable
{
    public const string Name = "awards";

    public sealed record Row(long DocumentId, int Index, Award Award, bool Corrected);

    private static readonly ColumnSet<Row> Columns = new ColumnSet<Row>()
        .Integer("document_id", r => r.DocumentId)
        .Integer("award_index", r => r.Index)
        .Text("award", r => r.Award.Code)
        .Text("name", r => r.Award.Name)
        .Text("level", r => r.Award.Level)
        .Text("grantor", r => r.Award.Grantor)
        .Text("recipient", r => r.Award.Recipient)
        .Integer("count", r => r.Award.Count)
        .Text("basis", r => r.Award.Basis)
        .Text("status", r => r.Award.Status)
        .Integer("direct_workers_count", r => r.Award.DirectWorkers?.Count)
        .Decimal("direct_workers_percent", r => r.Award.DirectWorkers?.Percent)
        .Text("source_kind", r => r.Award.Source?.Kind)
        .Text("source_block_id", r => r.Award.Source?.BlockId)
        .Text("source_table_id", r => r.Award.Source?.TableId)
        .Integer("source_row", r => r.Award.Source?.Row)
        .Integer("source_col", r => r.Award.Source?.Col)
        .Text("quote", r => r.Award.Source?.Quote)
        .Boolean("corrected", r => r.Corrected);

    public static ExportTable Build(IEnumerable<Row> rows) => Columns.Build(Name, rows);
}

using ThiDua.Extractors.Model;

namespace ThiDua.Store.Export.Tables;

/// <summary>The <c>figures</c> table: one row per normalized number; <c>figure_index</c> is its index in the extraction.</summary>
internal static class FiguresTable
{
    public const string Name = "figures";

    public sealed record Row(long DocumentId, int Index, Figure Figure, bool Corrected);

    private static readonly ColumnSet<Row> Columns = new ColumnSet<Row>()
        .Integer("document_id", r => r.DocumentId)
        .Integer("figure_index", r => r.Index)
        .Text("text", r => r.Figure.Text)
        .Decimal("value", r => r.Figure.Value)
        .Text("unit", r => r.Figure.Unit)
        .Text("block_id", r => r.Figure.BlockId)
        .Boolean("corrected", r => r.Corrected);

    public static ExportTable Build(IEnumerable<Row> rows) => Columns.Build(Name, rows);
}

namespace ThiDua.Store.Export;

/// <summary>The cleaned dataset: documents, awards, figures, flags and checks, one table each, linked by <c>document_id</c>.</summary>
public sealed record ExportDataset(ExportTable Documents, ExportTable Awards, ExportTable Figures, ExportTable Flags, ExportTable Checks)
{
    public IReadOnlyList<ExportTable> Tables => [Documents, Awards, Figures, Flags, Checks];
}

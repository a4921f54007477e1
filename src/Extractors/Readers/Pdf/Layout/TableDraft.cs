namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A table rebuilt from column alignment: column x-ranges, rows of the cells starting in them, header row count.</summary>
public sealed class TableDraft(int page, IReadOnlyList<(double Left, double Right)> columns) : BlockDraft(page)
{
    public IReadOnlyList<(double Left, double Right)> Columns { get; } = columns;

    public List<List<CellDraft>> Rows { get; } = [];

    public int HeaderRows { get; set; }

    /// <summary>Cells hold several paragraphs (cut by the paragraph rules within the cell), not one wrapped text.</summary>
    public bool CellParagraphs { get; set; }

    /// <summary>The first row has no top border: it goes on from the previous page.</summary>
    public bool OpenTop { get; set; }

    /// <summary>The last row has no bottom border: it goes on over the page break.</summary>
    public bool OpenBottom { get; set; }

    /// <summary>The tagged table (structure tree) most of the table's text belongs to; null when untagged.</summary>
    public int? StructureTable => Rows.SelectMany(r => r).SelectMany(c => c.Lines).SelectMany(l => l.Chunks)
        .Where(c => c.StructureTable is not null).GroupBy(c => c.StructureTable).MaxBy(g => g.Count())?.Key;

    /// <summary>The tagged table row (structure tree) most of the row's text belongs to; null when untagged.</summary>
    public int? StructureRow(int row) => Rows[row].SelectMany(c => c.Lines).SelectMany(l => l.Chunks)
        .Where(c => c.StructureRow is not null).GroupBy(c => c.StructureRow).MaxBy(g => g.Count())?.Key;

    public string RowText(int row) => string.Join("|", Rows[row].OrderBy(c => c.Column).Select(c => c.Column + ":" + c.Text));
}

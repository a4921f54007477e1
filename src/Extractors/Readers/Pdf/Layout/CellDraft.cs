namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A table cell being built: first column, spans and its lines.</summary>
public sealed class CellDraft(int column, int colSpan)
{
    public int Column { get; } = column;

    public int ColSpan { get; } = colSpan;

    public int RowSpan { get; set; } = 1;

    public List<PdfLine> Lines { get; } = [];

    public double Left => Lines.Count == 0 ? 0 : Lines.Min(l => l.Left);

    public double Right => Lines.Count == 0 ? 0 : Lines.Max(l => l.Right);

    public string Text => string.Join(" ", Lines.Select(l => l.Text));
}

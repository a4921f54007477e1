namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A table found from ruling lines, with the page box its grid covers.</summary>
public sealed record RuledTable(TableDraft Table, double Left, double Top, double Right, double Bottom)
{
    public bool Contains(PdfLine line)
    {
        var cy = (line.Top + line.Bottom) / 2;
        return cy >= Top - 1 && cy <= Bottom + 1 && line.Right > Left && line.Left < Right;
    }
}

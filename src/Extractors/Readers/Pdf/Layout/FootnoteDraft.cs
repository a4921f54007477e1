namespace ThiDua.Extractors.Readers.Pdf.Layout;

/// <summary>A footnote being gathered: its marker, first page and lines (marker removed), possibly from several pages.</summary>
public sealed class FootnoteDraft(string marker, int page)
{
    public string Marker { get; } = marker;

    public int Page { get; } = page;

    public string Id { get; set; } = marker;

    public List<PdfLine> Lines { get; } = [];
}

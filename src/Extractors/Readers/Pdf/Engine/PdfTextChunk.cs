namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// A stretch of text on one baseline with one font, positioned in points from the page's top-left corner.
/// FontSize is in points; Bold and Italic combine the engine's flags and the font name. FontName is the font's name as
/// the file gives it (subset prefix included), null when the engine does not say. StructureTable and StructureRow number,
/// in document order, the table and table row of a tagged PDF's structure tree the text belongs to (null when untagged
/// or outside any table).
/// </summary>
public sealed record PdfTextChunk(double Left, double Top, double Width, double Height, string Text, double FontSize, bool Bold, bool Italic, string? FontName = null)
{
    public int? StructureTable { get; init; }

    public int? StructureRow { get; init; }

    public double Right => Left + Width;

    public double Bottom => Top + Height;
}

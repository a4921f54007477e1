namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>Reads weight and slant from a PDF font name such as <c>BAAAAA+TimesNewRomanPS-BoldMT</c>.</summary>
public static class FontNames
{
    public static bool IsBold(string family) =>
        family.Contains("Bold", StringComparison.OrdinalIgnoreCase)
        || family.Contains("Black", StringComparison.OrdinalIgnoreCase)
        || family.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
        || family.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
        || family.EndsWith(",B", StringComparison.Ordinal)
        || family.EndsWith(",BI", StringComparison.Ordinal);

    public static bool IsItalic(string family) =>
        family.Contains("Italic", StringComparison.OrdinalIgnoreCase)
        || family.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
        || family.EndsWith(",I", StringComparison.Ordinal)
        || family.EndsWith(",BI", StringComparison.Ordinal);
}

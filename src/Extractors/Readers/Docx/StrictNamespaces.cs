namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Strict OOXML (ISO/IEC 29500 Strict) namespaces and their Transitional equivalents, for the vocabularies the reader reads.
/// The SDK 2.20 reads a package with Strict relationships by translating its parts' namespaces; the reader does the same.
/// </summary>
public static class StrictNamespaces
{
    private static readonly Dictionary<string, string> Transitional = new(StringComparer.Ordinal)
    {
        ["http://purl.oclc.org/ooxml/wordprocessingml/main"] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        ["http://purl.oclc.org/ooxml/officeDocument/math"] = "http://schemas.openxmlformats.org/officeDocument/2006/math",
        ["http://purl.oclc.org/ooxml/officeDocument/extendedProperties"] = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        ["http://purl.oclc.org/ooxml/officeDocument/relationships"] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    };

    public static string ToTransitional(string namespaceUri) => Transitional.GetValueOrDefault(namespaceUri, namespaceUri);
}

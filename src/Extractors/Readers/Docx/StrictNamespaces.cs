using System.Xml.Linq;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Strict OOXML (ISO/IEC 29500 Strict) namespaces and their Transitional equivalents, for the vocabularies the reader reads.
/// The SDK 2.20 reads the parts of a package with Strict relationships by translating their namespaces; the reader does the same.
/// </summary>
public static class StrictNamespaces
{
    private static readonly Dictionary<XNamespace, XNamespace> Transitional = new()
    {
        [XNamespace.Get("http://purl.oclc.org/ooxml/wordprocessingml/main")] = W.Namespace,
        [XNamespace.Get("http://purl.oclc.org/ooxml/officeDocument/math")] = OfficeMath.Namespace,
        [XNamespace.Get("http://purl.oclc.org/ooxml/officeDocument/extendedProperties")] = AppProperties.Namespace,
        [XNamespace.Get("http://purl.oclc.org/ooxml/officeDocument/relationships")] = XNamespace.Get("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    };

    /// <summary>Renames, in place, the Strict elements and attributes of <paramref name="root"/> to their Transitional names.</summary>
    public static void Translate(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (Transitional.TryGetValue(element.Name.Namespace, out var elementNamespace)) element.Name = elementNamespace + element.Name.LocalName;
            if (!element.Attributes().Any(attribute => Transitional.ContainsKey(attribute.Name.Namespace))) continue;
            element.ReplaceAttributes(element.Attributes().Select(attribute =>
                Transitional.TryGetValue(attribute.Name.Namespace, out var attributeNamespace) ? new XAttribute(attributeNamespace + attribute.Name.LocalName, attribute.Value) : attribute).ToArray());
        }
    }
}

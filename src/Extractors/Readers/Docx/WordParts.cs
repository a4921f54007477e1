using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The XML of the parts the reader uses (main document, styles, numbering, footnotes, endnotes, document properties),
/// found through the SDK's relationships and taken from the guarded package.
/// </summary>
public sealed record WordParts(XElement? Main, XElement? Styles, XElement? Numbering, XElement? Footnotes, XElement? Endnotes, XElement? ExtendedProperties)
{
    public static WordParts Load(WordprocessingDocument document, GuardedPackage package, CancellationToken cancellationToken)
    {
        var strict = document.StrictRelationshipFound;
        XElement? Xml(OpenXmlPart? part) =>
            part is null ? null : package.Part(part.Uri, () => part.GetStream(FileMode.Open, FileAccess.Read), strict, cancellationToken);

        var main = document.MainDocumentPart;
        return new WordParts(
            Xml(main),
            Xml(main?.StyleDefinitionsPart),
            Xml(main?.NumberingDefinitionsPart),
            Xml(main?.FootnotesPart),
            Xml(main?.EndnotesPart),
            Xml(document.ExtendedFilePropertiesPart));
    }
}

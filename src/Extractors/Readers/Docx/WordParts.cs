using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The XML of the parts the reader uses (main document, styles, numbering, footnotes, endnotes, document properties), found
/// through the SDK's relationships and loaded through the guard; every other XML part of the package is scanned first.
/// </summary>
public sealed record WordParts(XElement? Main, XElement? Styles, XElement? Numbering, XElement? Footnotes, XElement? Endnotes, XElement? ExtendedProperties)
{
    public static WordParts Load(WordprocessingDocument document, GuardedPackage package, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart;
        OpenXmlPart?[] parts = [main, main?.StyleDefinitionsPart, main?.NumberingDefinitionsPart, main?.FootnotesPart, main?.EndnotesPart, document.ExtendedFilePropertiesPart];
        var entries = parts.Select(part => part is null ? null : package.EntryOf(part.Uri)).ToArray();
        package.ScanUnread(cancellationToken, entries.OfType<ZipArchiveEntry>().ToArray());

        var strict = document.StrictRelationshipFound;
        var loaded = new XElement?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is not { } part) continue;
            loaded[i] = entries[i] is { } entry
                ? package.Load(entry, strict, cancellationToken)
                : package.Load(() => part.GetStream(FileMode.Open, FileAccess.Read), part.Uri.OriginalString.TrimStart('/'), strict, cancellationToken);
        }

        return new WordParts(loaded[0], loaded[1], loaded[2], loaded[3], loaded[4], loaded[5]);
    }
}

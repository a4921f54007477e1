using System.IO.Packaging;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Reads a .docx: the OpenXml SDK opens the package and finds the parts through their relationships; the parts' XML is
/// read with LINQ to XML (the SDK's typed DOM cost 2.5 times as much). Body blocks in order (headers and footers are
/// separate parts and stay out), footnotes and endnotes with their printed marks, page count from the document properties.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <summary>The SDK's message for a part whose root element is not the one its type requires.</summary>
    private const string InvalidRootMessage = "Cannot load the root element from the part. The part contains invalid data.";

    private readonly PackageGuard _guard = new();

    public string Format => "docx";

    public string Extractor => "ThiDua.Docx/2 (DocumentFormat.OpenXml 2.20.0 package, System.Xml.Linq)";

    public LayoutDocument Read(string path, CancellationToken cancellationToken)
    {
        using var package = _guard.Open(path, cancellationToken);
        try
        {
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = GuardedPackage.MaxCharactersInPart });
            var parts = WordParts.Load(document, package, cancellationToken);
            return ReadDocument(parts, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Không đọc được tệp Word / Cannot read the Word document: {ex.Message}", ex);
        }
    }

    private static LayoutDocument ReadDocument(WordParts parts, CancellationToken cancellationToken)
    {
        var main = parts.Main
            ?? throw new ReaderException(ReaderErrorCodes.CorruptFile, "Tệp Word không có phần nội dung chính / The Word package has no main document part.");
        var body = Root(main, W.Document).Element(W.Body)
            ?? throw new ReaderException(ReaderErrorCodes.CorruptFile, "Tệp Word không có thân văn bản / The Word document has no body.");
        var stylesRoot = RootOrNull(parts.Styles, W.Styles);
        var numberingRoot = RootOrNull(parts.Numbering, W.Numbering);
        var footnotesRoot = RootOrNull(parts.Footnotes, W.Footnotes);
        var endnotesRoot = RootOrNull(parts.Endnotes, W.Endnotes);
        var propertiesRoot = RootOrNull(parts.ExtendedProperties, AppProperties.Properties);

        var warnings = new List<string>();
        var styles = new StyleResolver(stylesRoot);
        var numbering = new NumberingRenderer(numberingRoot, stylesRoot);
        var markers = new NoteMarkers();
        var paragraphs = new ParagraphConverter(styles, numbering, markers);
        var blocks = new BlockConverter(paragraphs, warnings, cancellationToken);

        var bodyBlocks = blocks.Convert(body);
        var notes = new List<LayoutFootnote>();
        if (footnotesRoot is not null) notes.AddRange(ReadNotes(footnotesRoot.Elements(W.Footnote), "fn", markers, blocks));
        if (endnotesRoot is not null) notes.AddRange(ReadNotes(endnotesRoot.Elements(W.Endnote), "en", markers, blocks));

        var pages = propertiesRoot?.Element(AppProperties.Pages) is { } pagesElement ? WordValues.Text(pagesElement) : null;
        int? pageCount = int.TryParse(pages, out var count) && count > 0 ? count : null;
        return new LayoutDocument(bodyBlocks, notes, pageCount, warnings);
    }

    /// <summary>The part's root, which must be <paramref name="expected"/>, as the SDK required of a typed part.</summary>
    private static XElement Root(XElement root, XName expected) =>
        root.Name == expected ? root : throw new InvalidDataException(InvalidRootMessage);

    private static XElement? RootOrNull(XElement? root, XName expected) => root is null ? null : Root(root, expected);

    /// <summary>Note bodies in the order the body cites them; separator notes and uncited notes are left out.</summary>
    private static IEnumerable<LayoutFootnote> ReadNotes(IEnumerable<XElement> notes, string prefix, NoteMarkers markers, BlockConverter blocks)
    {
        var cited = new List<LayoutFootnote>();
        foreach (var note in notes)
        {
            if (WordValues.Long(note.Attribute(W.Id)?.Value) is not { } id) continue;
            if (note.Attribute(W.Type)?.Value is "separator" or "continuationSeparator" or "continuationNotice") continue;
            var noteId = prefix + id;
            if (markers.Find(noteId) is not { } marker) continue;
            var paragraphs = blocks.Convert(note).OfType<LayoutParagraph>().ToArray();
            cited.Add(new LayoutFootnote(noteId, marker, paragraphs, null));
        }

        return cited.OrderBy(note => markers.OrderOf(note.Id)).ToArray();
    }
}

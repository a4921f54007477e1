using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Reads a .docx with the OpenXml SDK: body blocks in order (headers and footers are separate parts and stay out),
/// footnotes and endnotes with their printed marks, page count from the document properties.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private const long MaxCharactersInPart = 200_000_000;
    private readonly PackageGuard _guard = new();

    public string Format => "docx";

    public string Extractor => "ThiDua.Docx/1 (DocumentFormat.OpenXml 2.20.0)";

    public LayoutDocument Read(string path, CancellationToken cancellationToken)
    {
        _guard.Check(path, cancellationToken);
        try
        {
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadDocument(document, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Không đọc được tệp Word / Cannot read the Word document: {ex.Message}", ex);
        }
    }

    private static LayoutDocument ReadDocument(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart
            ?? throw new ReaderException(ReaderErrorCodes.CorruptFile, "Tệp Word không có phần nội dung chính / The Word package has no main document part.");
        var body = main.Document?.Body
            ?? throw new ReaderException(ReaderErrorCodes.CorruptFile, "Tệp Word không có thân văn bản / The Word document has no body.");

        var warnings = new List<string>();
        var styles = new StyleResolver(main.StyleDefinitionsPart?.Styles);
        var numbering = new NumberingRenderer(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var markers = new NoteMarkers();
        var paragraphs = new ParagraphConverter(styles, numbering, markers);
        var blocks = new BlockConverter(paragraphs, warnings, cancellationToken);

        var bodyBlocks = blocks.Convert(body);
        var notes = new List<LayoutFootnote>();
        if (main.FootnotesPart?.Footnotes is { } footnotes) notes.AddRange(ReadNotes(footnotes.Elements<Footnote>().Select(n => (n.Id?.Value, SafeEnum.Get(n.Type), (OpenXmlElement)n)), "fn", markers, blocks));
        if (main.EndnotesPart?.Endnotes is { } endnotes) notes.AddRange(ReadNotes(endnotes.Elements<Endnote>().Select(n => (n.Id?.Value, SafeEnum.Get(n.Type), (OpenXmlElement)n)), "en", markers, blocks));

        var pages = document.ExtendedFilePropertiesPart?.Properties?.Pages?.Text;
        int? pageCount = int.TryParse(pages, out var count) && count > 0 ? count : null;
        return new LayoutDocument(bodyBlocks, notes, pageCount, warnings);
    }

    /// <summary>Note bodies in the order the body cites them; separator notes and uncited notes are left out.</summary>
    private static IEnumerable<LayoutFootnote> ReadNotes(
        IEnumerable<(long? Id, FootnoteEndnoteValues? Type, OpenXmlElement Element)> notes, string prefix, NoteMarkers markers, BlockConverter blocks)
    {
        var cited = new List<LayoutFootnote>();
        foreach (var (id, type, element) in notes)
        {
            if (id is null || (type is not null && type != FootnoteEndnoteValues.Normal)) continue;
            var noteId = prefix + id;
            if (markers.Find(noteId) is not { } marker) continue;
            var paragraphs = blocks.Convert(element).OfType<LayoutParagraph>().ToArray();
            cited.Add(new LayoutFootnote(noteId, marker, paragraphs, null));
        }

        return cited.OrderBy(note => markers.OrderOf(note.Id)).ToArray();
    }
}

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Docx;

namespace ThiDua.Extractors.Tests.Readers.DocxFeatures;

/// <summary>
/// Builds a small .docx from WordprocessingML fragments (as Word writes them) in a temporary file and reads it with
/// <see cref="DocxReader"/>. Footnote and endnote parts always start with Word's separator notes (ids -1 and 0).
/// </summary>
public sealed class DocxPackage
{
    public const string HyperlinkRelationshipId = "rIdLienKet1";

    private const string Namespaces =
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"" +
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"" +
        " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"" +
        " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"" +
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"" +
        " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"" +
        " xmlns:v=\"urn:schemas-microsoft-com:vml\"" +
        " xmlns:o=\"urn:schemas-microsoft-com:office:office\"" +
        " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"" +
        " mc:Ignorable=\"w14\"";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private const string NoteSeparators =
        "<w:{0} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{0}>" +
        "<w:{0} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{0}>";

    /// <summary>Inner XML of <c>w:body</c> (without <c>w:sectPr</c>, which is added).</summary>
    public required string Body { get; init; }

    /// <summary>Inner XML of <c>w:styles</c> (docDefaults and styles), or null for no styles part.</summary>
    public string? Styles { get; init; }

    /// <summary>Inner XML of <c>w:numbering</c> (abstractNum elements first, then num), or null.</summary>
    public string? Numbering { get; init; }

    /// <summary>The <c>w:footnote</c> elements after the separators, or null for no footnotes part.</summary>
    public string? Footnotes { get; init; }

    /// <summary>The <c>w:endnote</c> elements after the separators, or null for no endnotes part.</summary>
    public string? Endnotes { get; init; }

    /// <summary>Inner XML of <c>w:hdr</c>, or null.</summary>
    public string? Header { get; init; }

    /// <summary>Inner XML of <c>w:ftr</c>, or null.</summary>
    public string? Footer { get; init; }

    /// <summary>Content of <c>Pages</c> in docProps/app.xml; null writes no app.xml.</summary>
    public string? Pages { get; init; }

    public LayoutDocument Read()
    {
        var path = Path.Combine(Path.GetTempPath(), "thidua-docxfeatures-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            Write(path);
            return new DocxReader().Read(path, CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        if (Styles is not null) Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles{Namespaces}>{Styles}</w:styles>");
        if (Numbering is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering{Namespaces}>{Numbering}</w:numbering>");
        if (Footnotes is not null)
        {
            Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes{Namespaces}>{string.Format(System.Globalization.CultureInfo.InvariantCulture, NoteSeparators, "footnote")}{Footnotes}</w:footnotes>");
        }

        if (Endnotes is not null)
        {
            Feed(main.AddNewPart<EndnotesPart>(), $"<w:endnotes{Namespaces}>{string.Format(System.Globalization.CultureInfo.InvariantCulture, NoteSeparators, "endnote")}{Endnotes}</w:endnotes>");
        }

        var sectionReferences = new StringBuilder();
        if (Header is not null)
        {
            var header = main.AddNewPart<HeaderPart>();
            Feed(header, $"<w:hdr{Namespaces}>{Header}</w:hdr>");
            sectionReferences.Append($"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>");
        }

        if (Footer is not null)
        {
            var footer = main.AddNewPart<FooterPart>();
            Feed(footer, $"<w:ftr{Namespaces}>{Footer}</w:ftr>");
            sectionReferences.Append($"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>");
        }

        if (Pages is not null)
        {
            Feed(
                document.AddExtendedFilePropertiesPart(),
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">" +
                $"<Application>Microsoft Office Word</Application><Pages>{Pages}</Pages><Words>120</Words></Properties>");
        }

        main.AddHyperlinkRelationship(new Uri("https://thiduakhenthuong.gov.vn/van-ban"), true, HyperlinkRelationshipId);
        Feed(
            main,
            $"<w:document{Namespaces}><w:body>{Body}<w:sectPr>{sectionReferences}<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
            "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Declaration + xml));
        part.FeedData(stream);
    }
}

using System.Globalization;
using System.Xml.Linq;
using CorpusMaker.Tdm;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace CorpusMaker.Docx;

/// <summary>docProps/core.xml (title, author, dates) and docProps/app.xml (application, version) as Word writes them.</summary>
public static class PropertiesWriter
{
    private const string Author = "User";
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WordprocessingDocument package, TdmDocument document)
    {
        var date = DocumentDateReader.Read(document.Header.Date).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var core = new XDocument(
            new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(
                Cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", Cp),
                new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XElement(Dc + "title", Title(document)),
                new XElement(Dc + "creator", Author),
                new XElement(Cp + "lastModifiedBy", Author),
                new XElement(Cp + "revision", "1"),
                new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
                new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date)));
        var corePart = package.AddCoreFilePropertiesPart();
        package.ChangeIdOfPart(corePart, "rId2");
        using (var stream = corePart.GetStream(FileMode.Create, FileAccess.Write))
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            core.Save(writer);
        }

        var extended = package.AddExtendedFilePropertiesPart();
        package.ChangeIdOfPart(extended, "rId3");
        extended.Properties = new Properties(
            new Template { Text = "Normal.dotm" },
            new Application { Text = "Microsoft Office Word" },
            new DocumentSecurity { Text = "0" },
            new ApplicationVersion { Text = "16.0000" });
    }

    private static string Title(TdmDocument document)
    {
        var lines = document.Blocks.OfType<TdmParagraph>()
            .Where(paragraph => paragraph.Kind is ParagraphKind.Type or ParagraphKind.Title)
            .Select(paragraph => paragraph.Text.Replace("*", string.Empty, StringComparison.Ordinal));
        return string.Join(' ', lines);
    }
}

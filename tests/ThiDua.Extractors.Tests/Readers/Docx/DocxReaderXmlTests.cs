using System.Text;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Tests.Readers.Sniffing;

namespace ThiDua.Extractors.Tests.Readers.Docx;

/// <summary>
/// The reader parses each part once, applying the guard's limits as it loads the parts it uses; it reads values the way
/// the SDK's typed DOM did, tolerating the malformed ones the SDK threw on, and reads Strict packages as the SDK did.
/// </summary>
public sealed class DocxReaderXmlTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Laughs = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>""";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("thidua-docxxml-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("word/header1.xml")]
    [InlineData("docProps/app.xml")]
    [InlineData("word/_rels/document.xml.rels")]
    public void Reader_refuses_a_dtd_in_any_xml_part_loaded_or_not(string part)
    {
        var path = part == "word/document.xml" ? Docx(Laughs) : Docx(TestZip.MinimalDocument, (part, Laughs));

        var error = Assert.Throws<ReaderException>(() => new DocxReader().Read(path, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
        Assert.Contains($"Invalid XML in {part}", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_refuses_a_dtd_in_the_styles_part_it_loads()
    {
        var error = Assert.Throws<ReaderException>(() => new DocxReader().Read(DocxWithStyles(Laughs), CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
        Assert.Contains("Invalid XML in word/styles.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_refuses_deep_nesting_in_a_part_it_loads()
    {
        var deep = new StringBuilder($"<w:styles xmlns:w=\"{W}\">");
        for (var i = 0; i < 1000; i++) deep.Append("<w:style>");
        for (var i = 0; i < 1000; i++) deep.Append("</w:style>");
        var path = DocxWithStyles(deep.Append("</w:styles>").ToString());

        var error = Assert.Throws<ReaderException>(() => new DocxReader().Read(path, CancellationToken.None));

        Assert.Contains("nesting too deep in word/styles.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_on_off_and_numbers_read_as_absent()
    {
        var body = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"x\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"2.0\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>" +
            "<w:p><w:pPr><w:outlineLvl w:val=\"\"/></w:pPr><w:r><w:rPr><w:b w:val=\"yes\"/><w:i w:val=\"off\"/></w:rPr><w:t>Báo cáo</w:t></w:r></w:p>";
        var path = Docx($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");

        var layout = new DocxReader().Read(path, CancellationToken.None);

        var table = Assert.IsType<LayoutTable>(layout.Blocks[0]);
        Assert.Equal(1, Assert.Single(Assert.Single(table.Rows)).ColSpan);
        var paragraph = Assert.IsType<LayoutParagraph>(layout.Blocks[1]);
        Assert.Null(paragraph.Format.OutlineLevel);
        Assert.Equal(RunFormat.Plain, Assert.Single(paragraph.Runs).Format);
    }

    [Fact]
    public void Strict_package_is_read_like_a_transitional_one()
    {
        const string strictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        var rels = TestZip.PackageRels.Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", StringComparison.Ordinal);
        var document = $"<w:document xmlns:w=\"{strictW}\" w:conformance=\"strict\"><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b w:val=\"true\"/></w:rPr><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>";
        var path = Path.Combine(_dir.FullName, "strict.docx");
        TestZip.Write(path, ("[Content_Types].xml", TestZip.ContentTypes), ("_rels/.rels", rels), ("word/document.xml", document));

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(new DocxReader().Read(path, CancellationToken.None).Blocks));

        Assert.Equal(ParagraphAlignment.Center, paragraph.Format.Alignment);
        Assert.True(Assert.Single(paragraph.Runs).Format.Bold);
        Assert.Equal("Báo cáo", paragraph.Text);
    }

    /// <summary>A package whose main part has a styles part (content type and relationship), so that the reader loads it.</summary>
    private string DocxWithStyles(string stylesXml)
    {
        var types = TestZip.ContentTypes.Replace("</Types>", "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>", StringComparison.Ordinal);
        const string documentRels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".docx");
        TestZip.Write(path, ("[Content_Types].xml", types), ("_rels/.rels", TestZip.PackageRels), ("word/_rels/document.xml.rels", documentRels), ("word/document.xml", TestZip.MinimalDocument), ("word/styles.xml", stylesXml));
        return path;
    }

    private string Docx(string documentXml, params (string Name, string Text)[] extra)
    {
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".docx");
        TestZip.WriteDocx(path, documentXml, extra);
        return path;
    }
}

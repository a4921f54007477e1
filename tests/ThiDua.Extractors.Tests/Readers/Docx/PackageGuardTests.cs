using System.Text;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Tests.Readers.Sniffing;

namespace ThiDua.Extractors.Tests.Readers.Docx;

/// <summary>The checks made before the OpenXml SDK loads a package: sizes (zip bombs), DTDs, nesting depth, element count.</summary>
public sealed class PackageGuardTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("thidua-guard-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Minimal_package_passes()
    {
        new PackageGuard().Check(Docx(TestZip.MinimalDocument), CancellationToken.None);
        Assert.NotEmpty(new DocxReader().Read(Docx(TestZip.MinimalDocument), CancellationToken.None).Blocks);
    }

    [Fact]
    public void Highly_compressed_part_is_too_large()
    {
        var path = Path.Combine(_dir.FullName, "bomb.docx");
        TestZip.WriteWithLargeEntry(path, "word/document.xml", $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>", 64L << 20, (byte)'a', ("[Content_Types].xml", TestZip.ContentTypes), ("_rels/.rels", TestZip.PackageRels));

        var error = Assert.Throws<ReaderException>(() => new PackageGuard().Check(path, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.TooLarge, error.Code);
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_expanded_size_over_the_limit_is_too_large_even_when_each_entry_is_small()
    {
        var filler = new string(' ', 300_000);
        var path = Docx(TestZip.MinimalDocument, ("word/media/a.bin", filler), ("word/media/b.bin", filler), ("word/media/c.bin", filler));

        var error = Assert.Throws<ReaderException>(() => new PackageGuard(maxUncompressedBytes: 800_000).Check(path, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.TooLarge, error.Code);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("word/header1.xml")]
    [InlineData("docProps/app.xml")]
    [InlineData("customXml/item1.xml")]
    [InlineData("word/_rels/document.xml.rels")]
    public void Dtd_in_any_xml_part_is_refused(string part)
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>""";
        var path = part == "word/document.xml" ? Docx(laughs) : Docx(TestZip.MinimalDocument, (part, laughs));

        var error = Assert.Throws<ReaderException>(() => new PackageGuard().Check(path, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
        Assert.Contains(part, error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/footnotes.xml")]
    [InlineData("docProps/app.xml")]
    [InlineData("word/document2.xml")]
    public void Nesting_deeper_than_the_limit_in_any_xml_part_is_refused(string part)
    {
        var deep = Nested(100_000);
        var path = part == "word/document.xml" ? Docx(deep) : Docx(TestZip.MinimalDocument, (part, deep));

        var error = Assert.Throws<ReaderException>(() => new PackageGuard().Check(path, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
        Assert.Contains("nesting too deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_passes_and_is_read()
    {
        var path = Docx(Nested(60));
        new PackageGuard(maxDepth: 400).Check(path, CancellationToken.None);
        Assert.NotNull(new DocxReader().Read(path, CancellationToken.None));
    }

    [Fact]
    public void Too_many_elements_across_parts_is_too_large()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>x</w:t></w:r></w:p>", 200)); // 600 elements a part
        var document = $"<w:document xmlns:w=\"{W}\"><w:body>{paragraphs}</w:body></w:document>";
        var footnotes = $"<w:footnotes xmlns:w=\"{W}\">{paragraphs}</w:footnotes>";
        var guard = new PackageGuard(maxElements: 1000);
        guard.Check(Docx(document), CancellationToken.None);

        var error = Assert.Throws<ReaderException>(() => guard.Check(Docx(document, ("word/footnotes.xml", footnotes)), CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.TooLarge, error.Code);
        Assert.Contains("too many XML elements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_zip_is_corrupt()
    {
        var path = Path.Combine(_dir.FullName, "x.docx");
        File.WriteAllText(path, "PK\u0003\u0004 không phải tệp nén");

        Assert.Equal(ReaderErrorCodes.CorruptFile, Assert.Throws<ReaderException>(() => new PackageGuard().Check(path, CancellationToken.None)).Code);
    }

    [Fact]
    public void Reader_refuses_what_the_guard_refuses()
    {
        var error = Assert.Throws<ReaderException>(() => new DocxReader().Read(Docx(Nested(100_000)), CancellationToken.None));
        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
    }

    [Fact]
    public void Reader_turns_xml_errors_into_corrupt_file()
    {
        var error = Assert.Throws<ReaderException>(() => new DocxReader().Read(Docx("<w:document xmlns:w=\"" + W + "\"><w:body><w:p>"), CancellationToken.None));
        Assert.Equal(ReaderErrorCodes.CorruptFile, error.Code);
    }

    [Fact]
    public void Cancellation_stops_the_scan()
    {
        var paragraphs = new StringBuilder($"<w:document xmlns:w=\"{W}\"><w:body>");
        for (var i = 0; i < 100_000; i++) paragraphs.Append("<w:p/>");
        var path = Docx(paragraphs.Append("</w:body></w:document>").ToString());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new PackageGuard().Check(path, cancelled.Token));
    }

    private static string Nested(int depth)
    {
        var builder = new StringBuilder($"<w:document xmlns:w=\"{W}\"><w:body>");
        for (var i = 0; i < depth; i++) builder.Append("<w:sdt><w:sdtContent>");
        builder.Append("<w:p><w:r><w:t>sâu</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) builder.Append("</w:sdtContent></w:sdt>");
        return builder.Append("</w:body></w:document>").ToString();
    }

    private string Docx(string documentXml, params (string Name, string Text)[] extra)
    {
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".docx");
        TestZip.WriteDocx(path, documentXml, extra);
        return path;
    }
}

using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Tests.Readers.Sniffing;

namespace ThiDua.Extractors.Tests.Readers.Docx;

/// <summary>The reader finds the main part through the package relationships, not by its usual name.</summary>
public sealed class DocxReaderMainPartTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("thidua-docx-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Main_part_named_document2_is_read()
    {
        var path = Path.Combine(_dir.FullName, "online.docx");
        var types = TestZip.ContentTypes.Replace("/word/document.xml", "/word/document2.xml", StringComparison.Ordinal);
        var rels = TestZip.PackageRels.Replace("word/document.xml", "word/document2.xml", StringComparison.Ordinal);
        TestZip.Write(path, ("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document2.xml", TestZip.MinimalDocument));

        var layout = new DocxReader().Read(path, CancellationToken.None);

        var paragraph = Assert.IsType<LayoutParagraph>(Assert.Single(layout.Blocks));
        Assert.Equal("Báo cáo", string.Concat(paragraph.Runs.Select(r => r.Text)));
    }
}

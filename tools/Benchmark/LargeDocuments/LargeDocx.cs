using System.IO.Compression;
using System.Text;

namespace ThiDua.Benchmark.LargeDocuments;

/// <summary>
/// Writes a Word package of <c>n</c> one-run paragraphs, each an eight-digit number: the shape of the largest document the
/// reader's element limit lets through (the robustness test's <c>HostileFiles.WriteLargeLowRatioDocx</c>, 14 MB of XML,
/// about 340,000 paragraphs), so that a size measured here is that test's document cut to length.
/// </summary>
public static class LargeDocx
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>Writes the package and returns the size of its document.xml in bytes.</summary>
    public static long Write(string path, int paragraphs)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", ContentTypes);
        WriteEntry(archive, "_rels/.rels", PackageRels);
        using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        var written = 0L;
        void Write(string text)
        {
            writer.Write(text);
            written += text.Length;
        }

        Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}"><w:body>""");
        var random = new Random(7);
        for (var i = 0; i < paragraphs; i++) Write($"<w:p><w:r><w:t>{random.Next(100_000_000):D8}</w:t></w:r></w:p>");
        Write("</w:body></w:document>");
        return written;
    }

    private static void WriteEntry(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

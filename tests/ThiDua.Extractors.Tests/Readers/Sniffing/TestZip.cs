using System.IO.Compression;
using System.Text;

namespace ThiDua.Extractors.Tests.Readers.Sniffing;

/// <summary>Writes small zip packages entry by entry (text entries, in the order given) for reader and sniffer tests.</summary>
public static class TestZip
{
    public const string MinimalDocument =
        """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>""";

    public const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    public const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public static void Write(string path, params (string Name, string Text)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            var level = name.StartsWith('%') || name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
            using var stream = archive.CreateEntry(name, level).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>A minimal Word package: content types, package relationships and <paramref name="documentXml"/>, then any extra entries.</summary>
    public static void WriteDocx(string path, string documentXml = MinimalDocument, params (string Name, string Text)[] extra) =>
        Write(path, [("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", documentXml), .. extra]);

    /// <summary>An entry of <paramref name="bytes"/> copies of <paramref name="fill"/> after <paramref name="prefix"/>, streamed.</summary>
    public static void WriteWithLargeEntry(string path, string name, string prefix, long bytes, byte fill, params (string Name, string Text)[] before)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, text) in before)
        {
            using var small = archive.CreateEntry(entryName, CompressionLevel.Fastest).Open();
            small.Write(Encoding.UTF8.GetBytes(text));
        }

        using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(prefix));
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, fill);
        for (var written = 0L; written < bytes; written += chunk.Length) stream.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
    }
}

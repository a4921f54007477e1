using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Makes hostile and odd inputs at test time (nothing binary is committed): zip bombs, entity tricks, deep nesting,
/// truncated and mislabeled files, and a small valid Vietnamese report to mislabel.
/// </summary>
public static class HostileFiles
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    private static readonly string DocumentStart = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}"><w:body>""";

    private const string DocumentEnd = "</w:body></w:document>";

    /// <summary>A small valid report made with the OpenXml SDK: a national motto, a title and a few numbered headings.</summary>
    public static void WriteValidReport(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        string[] lines =
        [
            "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "BÁO CÁO",
            "Tổng kết công tác thi đua, khen thưởng năm 2024",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Công tác tuyên truyền",
            "Tổ chức 12 hội nghị quán triệt với 1.250 lượt người tham dự.",
            "II. PHƯƠNG HƯỚNG NĂM 2025",
            "Tiếp tục đổi mới công tác thi đua, khen thưởng.",
        ];
        main.Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
        main.Document.Save();
    }

    /// <summary>A minimal Word package whose word/document.xml is exactly <paramref name="documentXml"/>.</summary>
    public static void WriteDocx(string path, string documentXml, IReadOnlyDictionary<string, string>? extraEntries = null)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", ContentTypes);
        WriteEntry(archive, "_rels/.rels", PackageRels);
        WriteEntry(archive, "word/document.xml", documentXml);
        foreach (var (name, text) in extraEntries ?? new Dictionary<string, string>()) WriteEntry(archive, name, text);
    }

    /// <summary>A document body holding <paramref name="body"/> (raw WordprocessingML).</summary>
    public static string Document(string body) => DocumentStart + body + DocumentEnd;

    /// <summary>
    /// A zip bomb: word/document.xml expands to <paramref name="expandedBytes"/> of one repeated letter inside a text run,
    /// streamed through the deflater so neither the test nor the file ever holds it (about 1 KiB of file per MiB expanded).
    /// </summary>
    public static void WriteZipBomb(string path, long expandedBytes)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", ContentTypes);
        WriteEntry(archive, "_rels/.rels", PackageRels);
        var entry = archive.CreateEntry("word/document.xml", CompressionLevel.Optimal);
        using var stream = entry.Open();
        var head = Encoding.UTF8.GetBytes(DocumentStart + "<w:p><w:r><w:t>");
        stream.Write(head);
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'a');
        for (var written = 0L; written < expandedBytes; written += chunk.Length) stream.Write(chunk, 0, (int)Math.Min(chunk.Length, expandedBytes - written));
        stream.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p>" + DocumentEnd));
    }

    /// <summary>A zip bomb spread over many entries, each small enough to pass a per-entry check: only the total is large.</summary>
    public static void WriteManyEntryBomb(string path, int entries, int bytesPerEntry)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", ContentTypes);
        WriteEntry(archive, "_rels/.rels", PackageRels);
        WriteEntry(archive, "word/document.xml", Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
        var chunk = new byte[bytesPerEntry];
        Array.Fill(chunk, (byte)' ');
        for (var i = 0; i < entries; i++)
        {
            using var stream = archive.CreateEntry($"word/media/filler{i}.bin", CompressionLevel.Optimal).Open();
            stream.Write(chunk);
        }
    }

    /// <summary>
    /// A zip bomb that lies: word/document.xml expands to <paramref name="expandedBytes"/> but both its local header and its
    /// central-directory record declare <paramref name="declaredBytes"/>, so size checks that trust the directory pass it.
    /// </summary>
    public static void WriteLyingZipBomb(string path, long expandedBytes, uint declaredBytes)
    {
        WriteZipBomb(path, expandedBytes);
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declaredBytes);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, Math.Min(name.Length, bytes.Length - i - 46)).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declaredBytes);
                patched++;
            }
        }

        if (patched != 2) throw new InvalidOperationException($"expected to patch 2 size fields, patched {patched}");
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// A large but not very compressible document: many short paragraphs with random digits, so the compression ratio stays
    /// low (no ratio check fires) while the expanded XML is <paramref name="expandedBytes"/> long.
    /// </summary>
    public static void WriteLargeLowRatioDocx(string path, long expandedBytes)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", ContentTypes);
        WriteEntry(archive, "_rels/.rels", PackageRels);
        using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        writer.Write(DocumentStart);
        var random = new Random(7);
        var written = 0L;
        while (written < expandedBytes)
        {
            var paragraph = $"<w:p><w:r><w:t>{random.Next(100_000_000):D8}</w:t></w:r></w:p>";
            writer.Write(paragraph);
            written += paragraph.Length;
        }

        writer.Write(DocumentEnd);
    }

    /// <summary>An OpenDocument text package (mimetype first, stored) whose content.xml expands to <paramref name="expandedBytes"/>.</summary>
    public static void WriteOdtBomb(string path, long expandedBytes)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var mimetype = new StreamWriter(archive.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
        {
            mimetype.Write("application/vnd.oasis.opendocument.text");
        }

        using var stream = archive.CreateEntry("content.xml", CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes("""<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>"""));
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'a');
        for (var written = 0L; written < expandedBytes; written += chunk.Length) stream.Write(chunk, 0, (int)Math.Min(chunk.Length, expandedBytes - written));
        stream.Write(Encoding.UTF8.GetBytes("</text:p></office:text></office:body></office:document-content>"));
    }

    /// <summary>The billion-laughs entity expansion in document.xml.</summary>
    public static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        dtd.Append("]>");
        return $"""<?xml version="1.0" encoding="UTF-8"?>{dtd}<w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>""";
    }

    /// <summary>An external entity pointing at a local file (and one at a URL) in document.xml.</summary>
    public static string ExternalEntity(string secretPath) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://{secretPath}"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]><w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>&secret;&remote;</w:t></w:r></w:p></w:body></w:document>""";

    /// <summary>A body with <paramref name="depth"/> nested elements (unknown elements, which a tolerant loader keeps as-is).</summary>
    public static string DeeplyNested(int depth)
    {
        var builder = new StringBuilder(DocumentStart.Length + (depth * 16));
        builder.Append(DocumentStart).Append("<w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) builder.Append("<w:sdt><w:sdtContent>");
        builder.Append("<w:p><w:r><w:t>sâu</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) builder.Append("</w:sdtContent></w:sdt>");
        return builder.Append(DocumentEnd).ToString();
    }

    /// <summary>Tables nested in table cells <paramref name="depth"/> levels deep (within the XML depth limit).</summary>
    public static string NestedTables(int depth)
    {
        var builder = new StringBuilder(DocumentStart);
        for (var i = 0; i < depth; i++) builder.Append($"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô {i}</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) builder.Append("<w:p/></w:tc></w:tr></w:tbl>");
        return builder.Append("<w:p/>").Append(DocumentEnd).ToString();
    }

    /// <summary>A real xlsx made by hand: a workbook part and one sheet.</summary>
    public static void WriteXlsx(string path)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(archive, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""");
        WriteEntry(archive, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteEntry(archive, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>""");
    }

    /// <summary>The first bytes of a PNG image (signature and an IHDR chunk) followed by filler.</summary>
    public static byte[] Png()
    {
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
        return [.. header, .. new byte[200]];
    }

    /// <summary>Deterministic random bytes that start with no known signature.</summary>
    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x01;
        return bytes;
    }

    /// <summary>A legacy Word (OLE compound file) signature followed by garbage: a .doc that is corrupt.</summary>
    public static byte[] CorruptDoc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(4096, 11)];

    private static void WriteEntry(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}

using System.IO.Compression;
using System.Text;
using ThiDua.Extractors.Readers.Office;

namespace ThiDua.Extractors.Readers.Sniffing;

/// <summary>Detects a file's format from its bytes, never from its extension.</summary>
public static class FormatSniffer
{
    private const int HeadLength = 1024;

    public static DetectedFormat Detect(string path)
    {
        // before opening: a FIFO, socket or device reports length 0, and opening a FIFO blocks until a writer comes
        if (new FileInfo(path) is { Exists: true, Length: 0 }) return DetectedFormat.Empty;
        var head = new byte[HeadLength];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        if (read == 0) return DetectedFormat.Empty;
        var bytes = head.AsSpan(0, read);

        // Signatures at offset 0 first: a Word package may hold "%PDF-" in its first kilobyte (an entry name, a stored part).
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return DetectZip(path);
        if (bytes.StartsWith(CompoundFile.Signature)) return DetectedFormat.Doc;
        if (bytes.StartsWith("{\\rtf"u8)) return DetectedFormat.Rtf;
        if (bytes.IndexOf("%PDF-"u8) is >= 0 and < HeadLength) return DetectedFormat.Pdf;
        // PNG, JPEG and TIFF are scanned reports (read by OCR); other images are not documents.
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) || bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
            || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return DetectedFormat.Image;
        }

        if (bytes.StartsWith("GIF8"u8)) return DetectedFormat.Unsupported("image", "ảnh, không phải văn bản / an image, not a document");

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains("<html", StringComparison.OrdinalIgnoreCase)) return DetectedFormat.Unsupported("html", "trang HTML / an HTML page");
        if (IsPlainText(bytes, whole: read < HeadLength)) return DetectedFormat.PlainText;
        return DetectedFormat.Unsupported("unknown", "định dạng không nhận ra / an unrecognised format");
    }

    /// <summary>
    /// Notes, Markdown, JSON, CSV, source code: valid UTF-8 (or UTF-16 with its byte order mark) without control characters
    /// other than tab, line breaks and form feed. A head cut inside a multi-byte character is still text.
    /// </summary>
    private static bool IsPlainText(ReadOnlySpan<byte> bytes, bool whole)
    {
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return bytes.Length >= 4;
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) || b == 0x7F) return false;
        }

        for (var cut = 0; cut <= (whole ? 0 : 3) && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut])) return true;
        }

        return false;
    }

    /// <summary>
    /// The main part need not be word/document.xml (some producers write word/document2.xml): the content types say.
    /// Reads a bounded prefix, since the entry may be a bomb.
    /// </summary>
    private static bool HasWordMainPart(ZipArchive archive)
    {
        if (archive.GetEntry("[Content_Types].xml") is not { } types) return false;
        using var reader = new StreamReader(types.Open());
        var buffer = new char[64 * 1024];
        var text = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        return text.Contains("officedocument.wordprocessingml.document.main+xml", StringComparison.OrdinalIgnoreCase)
            || text.Contains("officedocument.wordprocessingml.template.main+xml", StringComparison.OrdinalIgnoreCase)
            || text.Contains("ms-word.document.macroEnabled.main+xml", StringComparison.OrdinalIgnoreCase)
            || text.Contains("ms-word.template.macroEnabledTemplate.main+xml", StringComparison.OrdinalIgnoreCase);
    }

    private static DetectedFormat DetectZip(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            if (archive.GetEntry("word/document.xml") is not null || HasWordMainPart(archive)) return DetectedFormat.Docx;
            if (archive.GetEntry("xl/workbook.xml") is not null) return DetectedFormat.Unsupported("xlsx", "bảng tính Excel / an Excel spreadsheet");
            if (archive.GetEntry("ppt/presentation.xml") is not null) return DetectedFormat.Unsupported("pptx", "bản trình chiếu PowerPoint / a PowerPoint presentation");
            if (archive.GetEntry("mimetype") is { } mimetype)
            {
                // read a bounded prefix: the entry may be a zip bomb of its own
                using var reader = new StreamReader(mimetype.Open());
                var buffer = new char[128];
                var type = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).Trim();
                if (type == "application/vnd.oasis.opendocument.text") return DetectedFormat.Odt;
                return DetectedFormat.Unsupported("opendocument", $"tài liệu OpenDocument không phải văn bản / an OpenDocument file that is not text ({type})");
            }

            return DetectedFormat.Unsupported("zip", "tệp nén không chứa văn bản Word / a zip archive with no Word document in it");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return DetectedFormat.CorruptZip;
        }
    }
}

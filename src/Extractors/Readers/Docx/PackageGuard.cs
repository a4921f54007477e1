using System.IO.Compression;
using System.Xml;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Checks a Word package before the OpenXml SDK loads it: archive size limits (zip bombs), DTDs (entity tricks)
/// and element nesting depth, which the SDK's recursive loader would otherwise turn into a stack overflow.
/// </summary>
public sealed class PackageGuard(long maxUncompressedBytes = 512L * 1024 * 1024, int maxCompressionRatio = 200, int maxDepth = 400)
{
    private static readonly string[] XmlPartsToScan = ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/numbering.xml", "word/styles.xml"];

    public void Check(string path, CancellationToken cancellationToken)
    {
        using var archive = OpenArchive(path);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength > 0 ? entry.Length / entry.CompressedLength : 0;
            if (total > maxUncompressedBytes || (entry.Length > 10 * 1024 * 1024 && ratio > maxCompressionRatio))
            {
                throw new ReaderException(
                    ReaderErrorCodes.TooLarge,
                    $"Tệp nén giải ra quá lớn ({entry.FullName}: {entry.Length:N0} byte), có thể là zip bomb / The package expands to too much data ({entry.FullName}: {entry.Length:N0} bytes); possibly a zip bomb.");
            }
        }

        foreach (var name in XmlPartsToScan)
        {
            var entry = archive.GetEntry(name);
            if (entry is not null) ScanXml(entry, cancellationToken);
        }
    }

    private static ZipArchive OpenArchive(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Tệp Word bị hỏng, không giải nén được / The Word file is corrupt and cannot be unzipped: {ex.Message}", ex);
        }
    }

    private void ScanXml(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > maxDepth)
                {
                    throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Cấu trúc XML lồng quá sâu trong {entry.FullName} / XML nesting too deep in {entry.FullName} (over {maxDepth} levels).");
                }

                if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (XmlException ex)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"XML không hợp lệ trong {entry.FullName} / Invalid XML in {entry.FullName}: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Tệp Word bị hỏng ({entry.FullName}) / The Word file is corrupt ({entry.FullName}): {ex.Message}", ex);
        }
    }
}

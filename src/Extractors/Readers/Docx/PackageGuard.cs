using System.IO.Compression;
using System.Xml;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// Checks a Word package before the OpenXml SDK loads it: archive size limits (zip bombs), DTDs (entity tricks)
/// and element nesting depth, which the SDK's recursive loader would otherwise turn into a stack overflow, in every XML part
/// (whatever its name: the main part need not be word/document.xml); and the number of elements, since the SDK's DOM takes
/// a few hundred bytes per element, so a large document of tiny elements that is not very compressible (no ratio check fires)
/// would otherwise take gigabytes.
/// </summary>
public sealed class PackageGuard(long maxUncompressedBytes = 512L * 1024 * 1024, int maxCompressionRatio = 200, int maxDepth = 400, long maxElements = 1_500_000)
{
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

        long elements = 0;
        foreach (var entry in archive.Entries.Where(IsXmlPart))
        {
            elements = ScanXml(entry, elements, cancellationToken);
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

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

    private long ScanXml(ZipArchiveEntry entry, long elements, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.Depth > maxDepth)
                    {
                        throw new ReaderException(ReaderErrorCodes.CorruptFile, $"Cấu trúc XML lồng quá sâu trong {entry.FullName} / XML nesting too deep in {entry.FullName} (over {maxDepth} levels).");
                    }

                    if (++elements > maxElements)
                    {
                        throw new ReaderException(
                            ReaderErrorCodes.TooLarge,
                            $"Tệp Word có quá nhiều phần tử XML (hơn {maxElements:N0}), vượt giới hạn bộ nhớ / The Word document has too many XML elements (over {maxElements:N0}) to load within the memory limit.");
                    }
                }

                if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }

            return elements;
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

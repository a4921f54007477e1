using System.IO.Compression;

namespace ThiDua.Extractors.Readers.Docx;

/// <summary>
/// The limits a Word package is read under: archive size (zip bombs) checked when it is opened; then, for every XML part
/// (whatever its name: the main part need not be word/document.xml), no DTD (entity tricks), a nesting depth (deep trees
/// would otherwise overflow recursive walkers) and a number of elements over all parts (a large document of tiny elements
/// that is not very compressible passes the ratio check but would take gigabytes as a DOM).
/// </summary>
public sealed class PackageGuard(long maxUncompressedBytes = 512L * 1024 * 1024, int maxCompressionRatio = 200, int maxDepth = 400, long maxElements = 1_500_000)
{
    /// <summary>
    /// Opens the package and checks it: sizes first, then every XML part in archive order, loading the parts the reader is
    /// likely to use (<see cref="LikelyParts"/>) and scanning the others.
    /// </summary>
    public GuardedPackage Open(string path, CancellationToken cancellationToken) => Open(path, LikelyParts.In, cancellationToken);

    /// <summary>Every check on every XML part, loading nothing.</summary>
    public void Check(string path, CancellationToken cancellationToken)
    {
        using var package = Open(path, _ => [], cancellationToken);
    }

    private GuardedPackage Open(string path, Func<ZipArchive, HashSet<string>> toLoad, CancellationToken cancellationToken)
    {
        var archive = OpenArchive(path);
        try
        {
            CheckSizes(archive);
            var package = new GuardedPackage(archive, maxDepth, maxElements);
            package.CheckAll(toLoad(archive), cancellationToken);
            return package;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private void CheckSizes(ZipArchive archive)
    {
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
}

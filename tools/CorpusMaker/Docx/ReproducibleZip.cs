using System.IO.Compression;

namespace CorpusMaker.Docx;

/// <summary>
/// Rewrites a package with fixed entry times, so that the same source always gives the same bytes
/// (make.sh then leaves unchanged documents, and their LibreOffice renditions, alone).
/// </summary>
public static class ReproducibleZip
{
    public static void Write(Stream package, string path, DateTime timestamp)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in source.Entries.OrderBy(Rank))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
            using var input = entry.Open();
            using var output = copy.Open();
            input.CopyTo(output);
        }
    }

    /// <summary>Word's order: the content types first, then the package relationships, then the parts as written.</summary>
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}

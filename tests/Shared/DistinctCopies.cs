using System.Buffers.Binary;
using System.Text;

namespace ThiDua.Tests.Shared;

/// <summary>
/// Copies of a Word (.docx) file with distinct bytes and the same content: a zip archive comment naming the copy is set in
/// the end-of-central-directory record, which readers ignore. Each copy is therefore its own source (its own SHA-256).
/// </summary>
public static class DistinctCopies
{
    private static readonly byte[] EndOfCentralDirectory = [0x50, 0x4B, 0x05, 0x06];

    public static byte[] Make(byte[] docx, string label)
    {
        var end = docx.AsSpan().LastIndexOf(EndOfCentralDirectory);
        if (end < 0 || end + 22 > docx.Length) throw new ArgumentException("not a zip archive", nameof(docx));
        var comment = Encoding.ASCII.GetBytes("copy " + label);
        var copy = new byte[end + 22 + comment.Length];
        docx.AsSpan(0, end + 22).CopyTo(copy);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + 20), (ushort)comment.Length);
        comment.CopyTo(copy, end + 22);
        return copy;
    }

    /// <summary>Writes <paramref name="count"/> copies of the corpus files in turn into <paramref name="folder"/>, named by number.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<string> sources, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var originals = sources.Select(File.ReadAllBytes).ToArray();
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"{i:0000}-{Path.GetFileName(sources[i % sources.Count])}");
            File.WriteAllBytes(path, Make(originals[i % originals.Length], i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            paths.Add(path);
        }

        return paths;
    }
}

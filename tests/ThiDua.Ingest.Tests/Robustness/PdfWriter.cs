using System.IO.Compression;
using System.Text;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Writes a PDF from numbered objects (object n is <c>Objects[n-1]</c>) with a correct cross-reference table, so that
/// each hostile PDF is wrong only where it means to be.
/// </summary>
public sealed class PdfWriter
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object (its body between <c>n 0 obj</c> and <c>endobj</c>) and returns its number.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>A stream object: the dictionary entries (without Length) and the data, deflated when <paramref name="deflate"/>.</summary>
    public int AddStream(string entries, byte[] data, bool deflate = false)
    {
        if (deflate) data = Deflate(data);
        var head = Encoding.Latin1.GetBytes($"<< {entries} /Length {data.Length}{(deflate ? " /Filter /FlateDecode" : string.Empty)} >>\nstream\n");
        return Add([.. head, .. data, .. "\nendstream"u8]);
    }

    /// <summary>Reserves a number for an object written later with <see cref="Set"/> (for references in both directions).</summary>
    public int Reserve() => Add(string.Empty);

    public void Set(int number, string body) => _objects[number - 1] = Encoding.Latin1.GetBytes(body);

    public void Save(string path, int root, string extraTrailer = "")
    {
        using var file = File.Create(path);
        Write(file, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets[i] = file.Position;
            Write(file, $"{i + 1} 0 obj\n");
            file.Write(_objects[i]);
            Write(file, "\nendobj\n");
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        Write(file, table.ToString());
        Write(file, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R {extraTrailer} >>\nstartxref\n{xref}\n%%EOF\n");
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal)) zlib.Write(data);
        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}

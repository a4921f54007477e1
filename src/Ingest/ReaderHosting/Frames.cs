using System.Buffers.Binary;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>Length-prefixed messages on a stream: a 4-byte little-endian length, then that many bytes.</summary>
internal static class Frames
{
    /// <summary>A layout larger than this is refused rather than buffered.</summary>
    public const int MaxBytes = 512 << 20;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next message; null when the stream ended cleanly before it (the other side closed or died).</summary>
    public static byte[]? Read(Stream stream)
    {
        var header = new byte[4];
        var got = stream.ReadAtLeast(header, 4, throwOnEndOfStream: false);
        if (got == 0) return null;
        if (got < 4) throw new EndOfStreamException("message header cut short");
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxBytes) throw new InvalidDataException($"message length {length} out of range");
        var payload = new byte[length];
        stream.ReadExactly(payload);
        return payload;
    }
}

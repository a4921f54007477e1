using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>An 8-bit grey image (0 black, 255 white), read from and written to binary PGM (P5), the raster format
/// pdftoppm and ImageMagick write and Tesseract reads.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Pixels darker than this are ink.</summary>
    private const byte InkLevel = 128;

    public byte this[int x, int y] => pixels[y * Width + x];

    public bool IsInk(int x, int y) => this[x, y] < InkLevel;

    public static GrayImage Blank(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayImage(width, height, pixels);
    }

    public static GrayImage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        if (NextToken(bytes, ref position) != "P5") throw new InvalidDataException("not a binary PGM: " + Path.GetFileName(path));
        var width = int.Parse(NextToken(bytes, ref position), CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(bytes, ref position), CultureInfo.InvariantCulture);
        var max = int.Parse(NextToken(bytes, ref position), CultureInfo.InvariantCulture);
        if (max > 255) throw new InvalidDataException("16-bit PGM is not supported");
        position++; // the single white-space byte after the header
        if (width <= 0 || height <= 0 || bytes.Length - position < (long)width * height) throw new InvalidDataException("truncated PGM");
        var pixels = new byte[width * height];
        Array.Copy(bytes, position, pixels, 0, pixels.Length);
        if (max != 255)
        {
            for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(pixels[i] * 255 / Math.Max(1, max));
        }

        return new GrayImage(width, height, pixels);
    }

    public void WritePgm(string path)
    {
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        stream.Write(pixels);
    }

    /// <summary>Copies a rectangle of <paramref name="source"/>, scaled by a whole factor, to (x, y) of this image.</summary>
    public void Paste(GrayImage source, int sourceX, int sourceY, int sourceWidth, int sourceHeight, int x, int y, int scale)
    {
        for (var sy = 0; sy < sourceHeight * scale; sy++)
        {
            var ty = y + sy;
            var fy = sourceY + sy / scale;
            if (ty < 0 || ty >= Height || fy < 0 || fy >= source.Height) continue;
            for (var sx = 0; sx < sourceWidth * scale; sx++)
            {
                var tx = x + sx;
                var fx = sourceX + sx / scale;
                if (tx < 0 || tx >= Width || fx < 0 || fx >= source.Width) continue;
                pixels[ty * Width + tx] = source[fx, fy];
            }
        }
    }

    private static string NextToken(byte[] bytes, ref int position)
    {
        while (position < bytes.Length)
        {
            if (bytes[position] == (byte)'#')
            {
                while (position < bytes.Length && bytes[position] != (byte)'\n') position++;
            }
            else if (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        var start = position;
        while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position])) position++;
        if (start == position) throw new InvalidDataException("truncated PGM header");
        return Encoding.ASCII.GetString(bytes, start, position - start);
    }
}

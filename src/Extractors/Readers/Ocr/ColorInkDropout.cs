using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// A colour page made grey for OCR with its coloured ink dropped: the red seal stamped over the signer's title and name
/// and the blue-ink signature are not text, and in plain grey they blot out the black print beneath them (the signer's
/// name under a stamp was lost). A pixel whose colour is strongly saturated (its channels far apart) becomes white;
/// black and grey print, even where the stamp overlaps it, stays as its luminance. Pages without colour are unchanged; on a page with a colour cast (a photo under warm light)
/// only ink far more colourful than the page's usual pixel is dropped; a page mostly in colour is left to the caller.
/// </summary>
internal static class ColorInkDropout
{
    /// <summary>Channels further apart than this are coloured ink (paper and print are grey: a few levels apart; a stamp's
    /// blurred edge is still 40 or more).</summary>
    private const int MinColorSpread = 40;

    /// <summary>A page photographed under coloured light has colourful paper and print too: ink must then stand out by
    /// this many times the page's usual spread.</summary>
    private const int CastFactor = 2;

    /// <summary>Stamps and signatures cover a few hundredths of a page: a page more colourful than this (a photograph, a
    /// coloured form) is only made grey.</summary>
    private const double MaxInkShare = 0.08;

    /// <summary>Reads a binary PPM (P6, 8 bits) as a grey image with its coloured ink dropped; null for a page mostly in
    /// colour, which the caller makes grey its usual way.</summary>
    public static GrayImage? ReadPpm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        if (Token(bytes, ref position) != "P6") throw new InvalidDataException("not a binary PPM: " + Path.GetFileName(path));
        var width = int.Parse(Token(bytes, ref position), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(bytes, ref position), CultureInfo.InvariantCulture);
        var max = int.Parse(Token(bytes, ref position), CultureInfo.InvariantCulture);
        if (max != 255) throw new InvalidDataException("only 8-bit PPM is supported");
        position++; // the single white-space byte after the header
        if (width <= 0 || height <= 0 || bytes.Length - position < 3L * width * height) throw new InvalidDataException("truncated PPM");
        var pixels = new byte[width * height];
        var spreads = new byte[width * height];
        var histogram = new int[256];
        for (var i = 0; i < pixels.Length; i++)
        {
            int r = bytes[position + 3 * i], g = bytes[position + 3 * i + 1], b = bytes[position + 3 * i + 2];
            spreads[i] = (byte)(Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)));
            histogram[spreads[i]]++;
            pixels[i] = (byte)((299 * r + 587 * g + 114 * b) / 1000);
        }

        var limit = Math.Max(MinColorSpread, CastFactor * Median(histogram, pixels.Length));
        var coloured = histogram.Skip(limit + 1).Sum();
        if (coloured > pixels.Length * MaxInkShare) return null;
        for (var i = 0; i < pixels.Length; i++) if (spreads[i] > limit) pixels[i] = 255;

        return new GrayImage(width, height, pixels);
    }

    private static int Median(int[] histogram, int count)
    {
        var seen = 0;
        for (var v = 0; v < histogram.Length; v++)
        {
            seen += histogram[v];
            if (seen * 2 >= count) return v;
        }

        return 0;
    }

    private static string Token(byte[] bytes, ref int position)
    {
        while (position < bytes.Length && (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == (byte)'#'))
        {
            if (bytes[position] == (byte)'#') while (position < bytes.Length && bytes[position] != (byte)'\n') position++;
            else position++;
        }

        var start = position;
        while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position])) position++;
        if (start == position) throw new InvalidDataException("truncated PPM header");
        return Encoding.ASCII.GetString(bytes, start, position - start);
    }
}

using System.IO.Compression;
using System.Text;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Hostile PDFs made at test time with <see cref="PdfWriter"/>: each is a well-formed file but for the one trick it
/// plays on a reader (a page tree that loops, a million pages from a few objects, a decompression bomb, ...).
/// </summary>
public static class HostilePdfs
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>";
    private const string Text = "BT /F1 14 Tf 72 720 Td (BAO CAO tong ket cong tac thi dua, khen thuong nam 2024) Tj 0 -20 Td (I. KET QUA THUC HIEN) Tj ET";

    /// <summary>A small valid PDF with one line of text per page.</summary>
    public static void WriteText(string path, int pages = 1)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Reserve();
        var font = pdf.Add(Font);
        var kids = new List<int>();
        for (var i = 0; i < pages; i++)
        {
            var content = pdf.AddStream(string.Empty, Encoding.Latin1.GetBytes(Text + $" BT /F1 10 Tf 300 40 Td (Trang {i + 1}) Tj ET"));
            kids.Add(pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"));
        }

        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        pdf.Set(tree, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages} >>");
        pdf.Save(path, catalog);
    }

    /// <summary>A text PDF protected by a Standard security handler whose user password is not empty (unknown to us).</summary>
    public static void WriteEncrypted(string path)
    {
        var pdf = new PdfWriter();
        var catalog = Page(pdf, Text, out _);
        var owner = Convert.ToHexString(Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 3)).ToArray());
        var user = Convert.ToHexString(Enumerable.Range(0, 32).Select(i => (byte)(i * 13 + 1)).ToArray());
        var encrypt = pdf.Add($"<< /Filter /Standard /V 1 /R 2 /O <{owner}> /U <{user}> /P -3904 >>");
        pdf.Save(path, catalog, $"/Encrypt {encrypt} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]");
    }

    /// <summary>A valid multi-page text PDF cut at half its length (no cross-reference table, no end).</summary>
    public static void WriteTruncated(string path)
    {
        WriteText(path, pages: 6);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    /// <summary>The page tree's root lists a node whose only kid is the root again.</summary>
    public static void WritePageTreeLoop(string path)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var root = pdf.Reserve();
        var inner = pdf.Reserve();
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {root} 0 R >>");
        pdf.Set(root, $"<< /Type /Pages /Kids [{inner} 0 R] /Count 1 >>");
        pdf.Set(inner, $"<< /Type /Pages /Parent {root} 0 R /Kids [{root} 0 R] /Count 1 >>");
        pdf.Save(path, catalog);
    }

    /// <summary>10^<paramref name="levels"/> pages from a few objects: each level of the tree lists the level below ten times.</summary>
    public static void WriteHugePageCount(string path, int levels = 6)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var font = pdf.Add(Font);
        var content = pdf.AddStream(string.Empty, Encoding.Latin1.GetBytes(Text));
        var nodes = Enumerable.Range(0, levels).Select(_ => pdf.Reserve()).ToArray(); // nodes[0] is the root
        var leaf = pdf.Add($"<< /Type /Page /Parent {nodes[^1]} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        for (var level = 0; level < levels; level++)
        {
            var child = level == levels - 1 ? leaf : nodes[level + 1];
            var kids = string.Join(' ', Enumerable.Repeat($"{child} 0 R", 10));
            var parent = level == 0 ? string.Empty : $"/Parent {nodes[level - 1]} 0 R ";
            pdf.Set(nodes[level], $"<< /Type /Pages {parent}/Kids [{kids}] /Count {(long)Math.Pow(10, levels - level)} >>");
        }

        pdf.Set(catalog, $"<< /Type /Catalog /Pages {nodes[0]} 0 R >>");
        pdf.Save(path, catalog);
    }

    /// <summary>A page tree with no pages.</summary>
    public static void WriteZeroPages(string path)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Add("<< /Type /Pages /Kids [] /Count 0 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        pdf.Save(path, catalog);
    }

    /// <summary>One page holding only a grey image (a scan without a text layer).</summary>
    public static void WriteImageOnly(string path)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Reserve();
        var pixels = Enumerable.Range(0, 200 * 200).Select(i => (byte)(i % 200 + 30)).ToArray();
        var image = pdf.AddStream("/Type /XObject /Subtype /Image /Width 200 /Height 200 /ColorSpace /DeviceGray /BitsPerComponent 8", pixels, deflate: true);
        var content = pdf.AddStream(string.Empty, "q 400 0 0 400 100 300 cm /Im1 Do Q"u8.ToArray());
        var page = pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>");
        pdf.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        pdf.Save(path, catalog);
    }

    /// <summary>
    /// A page whose content stream inflates to <paramref name="expandedBytes"/> (spaces, then one line of text), from a
    /// file of about a thousandth of that: deflated chunk by chunk, never held whole.
    /// </summary>
    public static void WriteDecompressionBomb(string path, long expandedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (var written = 0L; written < expandedBytes; written += chunk.Length) zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, expandedBytes - written));
            zlib.Write(Encoding.Latin1.GetBytes(Text));
        }

        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Reserve();
        var font = pdf.Add(Font);
        var data = compressed.ToArray();
        var content = pdf.Add([.. Encoding.Latin1.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. "\nendstream"u8]);
        var page = pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        pdf.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        pdf.Save(path, catalog);
    }

    /// <summary>A text page whose dictionary and content stream hold arrays nested <paramref name="depth"/> deep.</summary>
    public static void WriteDeepNesting(string path, int depth)
    {
        var nested = new string('[', depth) + new string(']', depth);
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Reserve();
        var font = pdf.Add(Font);
        var content = pdf.AddStream(string.Empty, Encoding.Latin1.GetBytes(Text + "\n" + nested + " pop\n"));
        var page = pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Deep {nested} /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        pdf.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        pdf.Save(path, catalog);
    }

    /// <summary>A one-page text PDF: its catalog number, and its page tree number.</summary>
    private static int Page(PdfWriter pdf, string text, out int tree)
    {
        var catalog = pdf.Reserve();
        tree = pdf.Reserve();
        var font = pdf.Add(Font);
        var content = pdf.AddStream(string.Empty, Encoding.Latin1.GetBytes(text));
        var page = pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        pdf.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        return catalog;
    }
}

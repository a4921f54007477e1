using System.Text;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>Damaged files made from bytes: each is refused with a code, never another exception, and quickly.</summary>
public sealed class PdfDamagedFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-pdf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void EmptyFileIsCorrupt() => AssertCode("corrupt_file", Write("empty.pdf", []));

    [Fact]
    public void GarbageIsCorrupt() => AssertCode("corrupt_file", Write("garbage.pdf", Encoding.ASCII.GetBytes("this is not a PDF at all\n")));

    [Fact]
    public void TruncatedFileIsRefusedOrReadPartially()
    {
        var bytes = File.ReadAllBytes(PdfFixtures.Report);
        var path = Write("truncated.pdf", bytes[..(bytes.Length / 3)]);
        try
        {
            var doc = new PdfReader().Read(path, CancellationToken.None);
            Assert.NotNull(doc.Blocks);
        }
        catch (ReaderException e)
        {
            Assert.Contains(e.Code, new[] { "corrupt_file", "no_text_layer" });
        }
    }

    [Fact]
    public void ZeroPagesIsCorrupt() => AssertCode("corrupt_file", Write("zero.pdf", MinimalPdf("<< /Type /Pages /Kids [] /Count 0 >>")));

    [Fact]
    public void PageTreeLoopIsRefused()
    {
        // The page tree's only kid is the tree itself.
        var path = Write("loop.pdf", MinimalPdf("<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));
        var e = Assert.Throws<ReaderException>(() => new PdfReader().Read(path, CancellationToken.None));
        Assert.Contains(e.Code, new[] { "corrupt_file", "no_text_layer" });
    }

    [Fact]
    public void MissingFileIsRefused() => AssertCode("corrupt_file", Path.Combine(_dir, "absent.pdf"));

    [Fact]
    public void OversizedFileIsTooLarge()
    {
        var reader = new PdfReader(new ThiDua.Extractors.Readers.Pdf.Poppler.PopplerTextEngine(), new PdfReaderOptions(10));
        var e = Assert.Throws<ReaderException>(() => reader.Read(PdfFixtures.Report, CancellationToken.None));
        Assert.Equal("too_large", e.Code);
    }

    [Fact]
    public void EngineTimeoutIsTimeout()
    {
        var engine = new ThiDua.Extractors.Readers.Pdf.Poppler.PopplerTextEngine(new ThiDua.Extractors.Readers.Pdf.Engine.PdfEngineOptions(TimeSpan.FromMilliseconds(1), 1L << 30));
        var e = Assert.Throws<ReaderException>(() => new PdfReader(engine, PdfReaderOptions.Default).Read(PdfFixtures.Report, CancellationToken.None));
        Assert.Equal("timeout", e.Code);
    }

    private static void AssertCode(string code, string path)
    {
        var e = Assert.Throws<ReaderException>(() => new PdfReader().Read(path, CancellationToken.None));
        Assert.Equal(code, e.Code);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A PDF with a catalog (1) and the given page tree (2), with a correct xref table.</summary>
    private static byte[] MinimalPdf(string pages)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var obj in new[] { "<< /Type /Catalog /Pages 2 0 R >>", pages })
        {
            offsets.Add(sb.Length);
            sb.Append(offsets.Count).Append(" 0 obj\n").Append(obj).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 3\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        sb.Append("trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}

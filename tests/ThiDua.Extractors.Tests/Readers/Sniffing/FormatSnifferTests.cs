using System.Text;
using ThiDua.Extractors.Readers.Sniffing;

namespace ThiDua.Extractors.Tests.Readers.Sniffing;

/// <summary>Format detection reads the bytes, never the extension (spec/CLI.md).</summary>
public sealed class FormatSnifferTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("thidua-sniff-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Empty_file_is_empty()
    {
        Assert.Equal(DetectedFormat.Empty, FormatSniffer.Detect(Bytes("a.docx", [])));
    }

    [Fact]
    public async Task Named_pipe_is_empty_without_blocking_on_open()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_dir.FullName, "pipe.docx");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        Assert.True(File.Exists(fifo));

        var detect = Task.Run(() => FormatSniffer.Detect(fifo));
        var finished = await Task.WhenAny(detect, Task.Delay(TimeSpan.FromSeconds(10)));
        if (finished != detect)
        {
            await using var release = new FileStream(fifo, FileMode.Open, FileAccess.Write); // unblock the reader before failing
        }

        Assert.Same(detect, finished);
        Assert.Equal(DetectedFormat.Empty, await detect);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n", "pdf")]
    [InlineData("junk before the header %PDF-1.4\n", "pdf")]
    [InlineData("{\\rtf1\\ansi Báo cáo}", "rtf")]
    [InlineData("<!DOCTYPE html><HTML><body>x</body></HTML>", "html")]
    [InlineData("Báo cáo tổng kết, văn bản thuần", "text")]
    [InlineData("{\"awards\": [{\"count\": 3}]}\n", "text")]
    [InlineData("# Ghi chú\n\n- mục một\r\n\tthụt lề\f", "text")]
    [InlineData("namespace X;\npublic sealed class Y { }\n", "text")]
    [InlineData("văn bản\0có ký tự NUL", "unknown")]
    public void Text_signatures(string content, string code)
    {
        Assert.Equal(code, FormatSniffer.Detect(Bytes("x.docx", Encoding.UTF8.GetBytes(content))).Code);
    }

    [Fact]
    public void Long_text_cut_inside_a_character_at_the_head_limit_and_UTF16_with_its_mark_are_text()
    {
        var cutInsideCharacter = Encoding.UTF8.GetBytes("ab" + string.Concat(Enumerable.Repeat("ệ", 800)));
        Assert.Equal(DetectedFormat.PlainText, FormatSniffer.Detect(Bytes("notes.md", cutInsideCharacter)));
        Assert.Equal(DetectedFormat.PlainText, FormatSniffer.Detect(Bytes("notes.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Báo cáo")).ToArray())));
        Assert.Equal("unknown", FormatSniffer.Detect(Bytes("x.bin", [0xC3, 0x28, 0x41, 0x42])).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8 }, "image")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "doc")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0xFE, 0xFF }, "unknown")]
    public void Binary_signatures(byte[] content, string code)
    {
        Assert.Equal(code, FormatSniffer.Detect(Bytes("x.docx", content)).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, true)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, true)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8 }, true)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 8 }, true)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, false)]
    public void Png_jpeg_and_tiff_are_scanned_reports_and_gif_is_not(byte[] content, bool supported)
    {
        Assert.Equal(supported, FormatSniffer.Detect(Bytes("scan.bin", content)).Supported);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.txt")]
    [InlineData("report")]
    [InlineData("report.doc")]
    public void Word_package_is_docx_whatever_its_extension(string name)
    {
        var path = Path.Combine(_dir.FullName, name);
        TestZip.WriteDocx(path);
        Assert.Equal(DetectedFormat.Docx, FormatSniffer.Detect(path));
    }

    [Fact]
    public void Word_package_with_pdf_signature_in_its_first_kilobyte_is_still_docx()
    {
        var path = Path.Combine(_dir.FullName, "tricky.docx");
        TestZip.Write(path, ("%PDF-1.4 attachment.txt", "%PDF-1.4 not really"), ("[Content_Types].xml", TestZip.ContentTypes), ("_rels/.rels", TestZip.PackageRels), ("word/document.xml", TestZip.MinimalDocument));
        Assert.Equal(DetectedFormat.Docx, FormatSniffer.Detect(path));
    }

    [Fact]
    public void Word_package_whose_main_part_has_another_name_is_docx()
    {
        var path = Path.Combine(_dir.FullName, "online.docx");
        var types = TestZip.ContentTypes.Replace("/word/document.xml", "/word/document2.xml", StringComparison.Ordinal);
        var rels = TestZip.PackageRels.Replace("word/document.xml", "word/document2.xml", StringComparison.Ordinal);
        TestZip.Write(path, ("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document2.xml", TestZip.MinimalDocument));
        Assert.Equal(DetectedFormat.Docx, FormatSniffer.Detect(path));
    }

    [Theory]
    [InlineData("xl/workbook.xml", "xlsx")]
    [InlineData("ppt/presentation.xml", "pptx")]
    [InlineData("readme.txt", "zip")]
    public void Other_zip_packages_are_unsupported(string entry, string code)
    {
        var path = Path.Combine(_dir.FullName, "x.docx");
        TestZip.Write(path, (entry, "<x/>"));
        var format = FormatSniffer.Detect(path);
        Assert.Equal(code, format.Code);
        Assert.False(format.Supported);
    }

    [Theory]
    [InlineData("application/vnd.oasis.opendocument.text", "odt", true)]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", "opendocument", false)]
    public void OpenDocument_by_its_mimetype(string mimetype, string code, bool supported)
    {
        var path = Path.Combine(_dir.FullName, "x.docx");
        TestZip.Write(path, ("mimetype", mimetype), ("content.xml", "<office:document-content/>"));
        var format = FormatSniffer.Detect(path);
        Assert.Equal(code, format.Code);
        Assert.Equal(supported, format.Supported);
    }

    [Fact]
    public void Mimetype_bomb_is_read_as_a_bounded_prefix()
    {
        var path = Path.Combine(_dir.FullName, "bomb.odt");
        TestZip.WriteWithLargeEntry(path, "mimetype", "application/vnd.oasis.opendocument.text", 256L << 20, (byte)' ');
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var format = FormatSniffer.Detect(path);

        Assert.Equal(DetectedFormat.Odt, format);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, 16L << 20);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(100)]
    [InlineData(-22)]
    [InlineData(-1)]
    public void Truncated_word_package_is_a_corrupt_zip(int cut)
    {
        var whole = Path.Combine(_dir.FullName, "whole.docx");
        TestZip.WriteDocx(whole);
        var bytes = File.ReadAllBytes(whole);
        var path = Bytes("cut.docx", bytes[..(cut > 0 ? cut : bytes.Length + cut)]);
        Assert.Equal(DetectedFormat.CorruptZip, FormatSniffer.Detect(path));
    }

    [Fact]
    public void Descriptions_split_into_vietnamese_and_english()
    {
        var format = DetectedFormat.Unsupported("image", "ảnh, không phải văn bản / an image, not a document");
        Assert.Equal("ảnh, không phải văn bản", format.Vietnamese);
        Assert.Equal("an image, not a document", format.English);
        Assert.Equal("PDF", DetectedFormat.Pdf.Vietnamese);
        Assert.Equal("PDF", DetectedFormat.Pdf.English);
    }

    private string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

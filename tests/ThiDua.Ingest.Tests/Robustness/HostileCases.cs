using System.Text;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>The catalogue of hostile inputs the pipeline and the CLI are run on (the slow bombs are in <see cref="PeakMemoryTests"/>).</summary>
public static class HostileCases
{
    /// <summary>Outcomes a PDF may have once the PDF reader lands (until then: unsupported_format). Never internal_error.</summary>
    public static string[] PdfOutcomes { get; } =
        [HostileCase.Success, ReaderErrorCodes.UnsupportedFormat, ReaderErrorCodes.CorruptFile, ReaderErrorCodes.Encrypted, ReaderErrorCodes.NoTextLayer, ReaderErrorCodes.TooLarge, ReaderErrorCodes.ConverterMissing, ReaderErrorCodes.ConversionFailed];

    // after PdfOutcomes: static initializers run in order
    public static IReadOnlyList<HostileCase> All { get; } = Build();

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var hostile in All) data.Add(hostile.Name);
        return data;
    }

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>
        {
            new("zip-bomb-64MiB", dir => Make(dir, "bomb.docx", p => HostileFiles.WriteZipBomb(p, 64L << 20)), [ReaderErrorCodes.TooLarge], "zip bomb"),
            new("odt-zip-bomb", dir => Make(dir, "bomb.odt", p => HostileFiles.WriteOdtBomb(p, 64L << 20)), [ReaderErrorCodes.TooLarge], "zip bomb"),
            new("billion-laughs", dir => Make(dir, "laughs.docx", p => HostileFiles.WriteDocx(p, HostileFiles.BillionLaughs())), [ReaderErrorCodes.CorruptFile], "DTD"),
            new("external-entity", dir => Make(dir, "xxe.docx", p => HostileFiles.WriteDocx(p, HostileFiles.ExternalEntity("/etc/hostname"))), [ReaderErrorCodes.CorruptFile], "DTD"),
            new("entity-in-styles-part", dir => Make(dir, "styles-dtd.docx", p => HostileFiles.WriteDocx(p, HostileFiles.Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>"), new Dictionary<string, string> { ["word/styles.xml"] = HostileFiles.BillionLaughs().Replace("w:document", "w:styles", StringComparison.Ordinal) })), [ReaderErrorCodes.CorruptFile], "DTD"),
            new("entity-in-unlisted-part", dir => Make(dir, "app-dtd.docx", p => HostileFiles.WriteDocx(p, HostileFiles.Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>"), new Dictionary<string, string> { ["docProps/app.xml"] = HostileFiles.BillionLaughs() })), [ReaderErrorCodes.CorruptFile], "DTD"),
            new("nesting-100000", dir => Make(dir, "deep.docx", p => HostileFiles.WriteDocx(p, HostileFiles.DeeplyNested(100_000))), [ReaderErrorCodes.CorruptFile], "nesting too deep"),
            new("nesting-100000-in-unlisted-part", dir => Make(dir, "deep-app.docx", p => HostileFiles.WriteDocx(p, HostileFiles.Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>"), new Dictionary<string, string> { ["docProps/app.xml"] = HostileFiles.DeeplyNested(100_000) })), [ReaderErrorCodes.CorruptFile], "nesting too deep"),
            new("nesting-under-limit", dir => Make(dir, "sdt-150.docx", p => HostileFiles.WriteDocx(p, HostileFiles.DeeplyNested(150))), [HostileCase.Success], null),
            new("nested-tables-60", dir => Make(dir, "tables.docx", p => HostileFiles.WriteDocx(p, HostileFiles.NestedTables(60))), [HostileCase.Success], null),
            new("not-xml-document-part", dir => Make(dir, "garbage-xml.docx", p => HostileFiles.WriteDocx(p, "this is not <xml")), [ReaderErrorCodes.CorruptFile], "Invalid XML"),
            new("empty-file", dir => MakeBytes(dir, "empty.docx", []), [ReaderErrorCodes.EmptyFile], "empty"),
            new("named-pipe", dir => Make(dir, "pipe.docx", MakeFifo), [ReaderErrorCodes.EmptyFile], "empty"),
            new("random-bytes", dir => MakeBytes(dir, "random.docx", HostileFiles.RandomBytes(64 * 1024, 3)), [ReaderErrorCodes.UnsupportedFormat], "Unsupported format"),
            // a PNG is a scanned report now: this one is only a signature and filler, so OCR finds it broken
            new("png-named-docx", dir => MakeBytes(dir, "image.docx", HostileFiles.Png()), [ReaderErrorCodes.CorruptFile], "image"),
            new("xlsx-named-docx", dir => Make(dir, "sheet.docx", HostileFiles.WriteXlsx), [ReaderErrorCodes.UnsupportedFormat], "Excel"),
            new("html-named-docx", dir => MakeBytes(dir, "page.docx", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Báo cáo</body></html>")), [ReaderErrorCodes.UnsupportedFormat], "HTML"),
            new("zip-without-word", dir => MakeZip(dir, "plain.docx", "readme.txt"), [ReaderErrorCodes.UnsupportedFormat], "no Word document"),
            new("report-named-pdf", dir => Make(dir, "report.pdf", HostileFiles.WriteValidReport), [HostileCase.Success], null),
            new("report-named-txt", dir => Make(dir, "report.txt", HostileFiles.WriteValidReport), [HostileCase.Success], null),
            new("report-without-extension", dir => Make(dir, "report", HostileFiles.WriteValidReport), [HostileCase.Success], null),
            new("pdf-named-docx", dir => MakeBytes(dir, "fake.docx", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")), PdfOutcomes, null),
            new("truncated-pdf", dir => MakeBytes(dir, "cut.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Cat")), PdfOutcomes, null),
            new("corrupt-doc", dir => MakeBytes(dir, "corrupt.doc", HostileFiles.CorruptDoc()), [ReaderErrorCodes.ConversionFailed], "could not convert"),
        };

        cases.Add(new("truncated-docx-at-3-bytes", dir => Truncated(dir, _ => 3), [ReaderErrorCodes.UnsupportedFormat], "unrecognised"));
        cases.Add(new("truncated-docx-at-20-bytes", dir => Truncated(dir, _ => 20), [ReaderErrorCodes.CorruptFile], "corrupt"));
        foreach (var fraction in new[] { 0.1, 0.5, 0.9, 0.999 })
        {
            cases.Add(new($"truncated-docx-at-{fraction:0.###}", dir => Truncated(dir, length => (int)(length * fraction)), [ReaderErrorCodes.CorruptFile], "corrupt"));
        }

        cases.Add(new("truncated-docx-without-end-record", dir => Truncated(dir, length => length - 22), [ReaderErrorCodes.CorruptFile], "corrupt"));
        foreach (var seed in new[] { 1, 2, 3, 4, 5, 6 })
        {
            cases.Add(new($"bit-flipped-docx-{seed}", dir => BitFlipped(dir, seed), [HostileCase.Success, ReaderErrorCodes.CorruptFile], null));
        }

        return cases;
    }

    private static string Make(string dir, string name, Action<string> write)
    {
        var path = Path.Combine(dir, name);
        write(path);
        return path;
    }

    /// <summary>A named pipe with no writer: opening it for reading would block for ever.</summary>
    private static void MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllBytes(path, []);
            return;
        }

        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }

    private static string MakeBytes(string dir, string name, byte[] bytes) => Make(dir, name, p => File.WriteAllBytes(p, bytes));

    private static string MakeZip(string dir, string name, string entryName) => Make(dir, name, p =>
    {
        using var archive = System.IO.Compression.ZipFile.Open(p, System.IO.Compression.ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
        writer.Write("không phải văn bản Word");
    });

    /// <summary>A valid report cut to the length <paramref name="cut"/> gives for its whole length.</summary>
    private static string Truncated(string dir, Func<int, int> cut)
    {
        var full = Path.Combine(dir, "whole.docx.tmp");
        HostileFiles.WriteValidReport(full);
        var bytes = File.ReadAllBytes(full);
        File.Delete(full);
        var length = Math.Clamp(cut(bytes.Length), 1, bytes.Length - 1);
        return MakeBytes(dir, $"cut-{length}.docx", bytes[..length]);
    }

    /// <summary>A valid report with a few bytes overwritten at random after the first local header.</summary>
    private static string BitFlipped(string dir, int seed)
    {
        var full = Path.Combine(dir, "whole.docx.tmp");
        HostileFiles.WriteValidReport(full);
        var bytes = File.ReadAllBytes(full);
        File.Delete(full);
        var random = new Random(seed);
        for (var i = 0; i < 8; i++) bytes[random.Next(30, bytes.Length)] = (byte)random.Next(256);
        return MakeBytes(dir, $"flipped-{seed}.docx", bytes);
    }
}

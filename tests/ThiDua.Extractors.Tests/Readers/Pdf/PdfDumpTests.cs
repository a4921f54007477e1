using ThiDua.Extractors.Readers.Pdf;

namespace ThiDua.Extractors.Tests.Readers.Pdf;

/// <summary>With PDF_DUMP=dir set, writes the layout of every PDF named in PDF_DUMP_FILES (colon-separated) to dir.</summary>
public sealed class PdfDumpTests
{
    [Fact]
    public void DumpWhenAsked()
    {
        var dir = Environment.GetEnvironmentVariable("PDF_DUMP");
        var files = Environment.GetEnvironmentVariable("PDF_DUMP_FILES");
        if (string.IsNullOrEmpty(dir) || string.IsNullOrEmpty(files)) return;
        foreach (var file in files.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var result = new PdfReader().ReadWithStatistics(file, CancellationToken.None);
            File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".layout.txt"),
                LayoutDump.Render(result.Document) + "\n" + result.Statistics + "\n");
        }
    }
}

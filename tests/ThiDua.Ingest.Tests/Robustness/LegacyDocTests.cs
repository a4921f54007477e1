using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Office;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// A real legacy Word file (made at test time with <c>soffice --headless --convert-to doc</c> from a small report) is read
/// through the LibreOffice conversion, also when it carries the wrong extension; a corrupt one ends in an error or a result.
/// </summary>
public sealed class LegacyDocTests
{
    private static readonly IngestPipeline Pipeline = IngestPipelineBuilder.CreateDefault().Build();

    [Fact]
    public void Real_doc_is_read_through_libreoffice_even_named_docx()
    {
        var soffice = new LibreOfficeConverter(TimeSpan.FromSeconds(90)).ExecutablePath;
        Assert.True(soffice is not null, "LibreOffice (soffice) is required: run the setup script");
        using var temp = new TempFolder();
        var source = temp.File("bao-cao.docx");
        HostileFiles.WriteValidReport(source);
        var profile = new Uri(temp.Folder("profile")).AbsoluteUri;
        var made = BoundedProcess.Run(soffice!, ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "doc", "--outdir", temp.Path, source], new ProcessLimits(TimeSpan.FromSeconds(90), 2L << 30), stdout => stdout.CopyTo(Stream.Null), CancellationToken.None);
        var doc = temp.File("bao-cao.doc");
        Assert.True(File.Exists(doc), made.StdErr);
        var mislabeled = temp.File("báo cáo cũ.docx");
        File.Move(doc, mislabeled);

        var result = Pipeline.Ingest(mislabeled);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.True(result.Elapsed < Pipeline.Timeout);
        Assert.Equal("doc", result.Report!.Source.Format);
        Assert.Equal("báo cáo cũ.docx", result.Report.Source.FileName);
        Assert.Contains("Tổng kết công tác thi đua", ReportJson.Serialize(result.Report), StringComparison.Ordinal);
    }
}

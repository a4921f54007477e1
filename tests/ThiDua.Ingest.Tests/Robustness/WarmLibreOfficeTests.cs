using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Readers.Office;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// One long-lived LibreOffice converts many files: the corpus .doc files all convert on one start, a corrupt or truncated
/// .doc in between fails alone (the Word filters are forced, so it is not read as plain text) and the next converts;
/// a LibreOffice that died or hung is replaced for the next file.
/// </summary>
public sealed class WarmLibreOfficeTests
{
    private static readonly string[] CorpusDocs = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "doc"), "*.doc").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Many_files_convert_on_one_start_and_hostile_ones_fail_alone()
    {
        using var temp = new TempFolder();
        var randomAfterHeader = temp.File("ngau-nhien.doc");
        File.WriteAllBytes(randomAfterHeader, HostileFiles.CorruptDoc());
        var truncated = temp.File("cat-cut.doc");
        File.WriteAllBytes(truncated, File.ReadAllBytes(CorpusDocs[0])[..4096]);
        using var converter = Warm(TimeSpan.FromSeconds(60));
        var reader = new ConvertedWordReader("doc", converter, new DocxReader());

        var inputs = new[] { CorpusDocs[0], randomAfterHeader, CorpusDocs[1], truncated }.Concat(CorpusDocs.Skip(2)).ToArray();
        var outcomes = inputs.Select(path => Outcome(() => reader.Read(path, CancellationToken.None).Blocks.Count > 50 ? "ok" : "short")).ToArray();

        Assert.Equal(["ok", ReaderErrorCodes.ConversionFailed, "ok", ReaderErrorCodes.ConversionFailed, "ok", "ok", "ok"], outcomes);
        Assert.Equal(1, converter.Starts);
    }

    /// <summary>
    /// A Word 97 file with comments and tracked changes made LibreOffice 7.4 crash when opened over UNO (not when it
    /// converts it alone): it converts on a LibreOffice of its own, and the next file on the warm one again.
    /// </summary>
    [Fact]
    public void A_file_that_crashes_libreoffice_over_UNO_converts_on_its_own_start_and_the_next_file_converts()
    {
        using var converter = Warm(TimeSpan.FromSeconds(60));
        var reader = new ConvertedWordReader("doc", converter, new DocxReader());

        var reviewed = reader.Read(Path.Combine(TestPaths.Corpus, "legacy-real", "ttr-2025-comments.doc"), CancellationToken.None);
        var next = reader.Read(CorpusDocs[0], CancellationToken.None);

        Assert.Contains(reviewed.Blocks, b => b is ThiDua.Extractors.Layout.LayoutParagraph p && p.Text.Contains("Kính trình Chủ tịch", StringComparison.Ordinal));
        Assert.NotEmpty(next.Blocks);
    }

    [Fact]
    public void A_libreoffice_that_died_between_files_is_started_again_and_the_next_file_converts()
    {
        using var converter = Warm(TimeSpan.FromSeconds(60));
        var reader = new ConvertedWordReader("doc", converter, new DocxReader());
        Assert.NotEmpty(reader.Read(CorpusDocs[0], CancellationToken.None).Blocks);
        var offices = OwnOffices().ToList();
        Assert.NotEmpty(offices);

        foreach (var office in offices)
        {
            Process.GetProcessById(office.Id).Kill();
            WaitForExit(office.Id);
        }

        var next = reader.Read(CorpusDocs[1], CancellationToken.None);

        Assert.NotEmpty(next.Blocks);
        Assert.Equal(2, converter.Starts);
    }

    [Fact]
    public void A_conversion_over_its_time_limit_is_a_timeout_and_libreoffice_is_replaced()
    {
        using var temp = new TempFolder();
        using var converter = Warm(TimeSpan.FromMilliseconds(1));

        var first = Assert.Throws<ReaderException>(() => converter.ConvertToDocx(CorpusDocs[0], "doc", temp.Folder("1"), CancellationToken.None));
        var second = Assert.Throws<ReaderException>(() => converter.ConvertToDocx(CorpusDocs[1], "doc", temp.Folder("2"), CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.Timeout, first.Code);
        Assert.Equal(ReaderErrorCodes.Timeout, second.Code);
        Assert.Equal(2, converter.Starts);
        Assert.Empty(OwnOffices());
    }

    /// <summary>
    /// The LibreOffice processes of the converters made here: the children of this process's own python3 children (other
    /// tests' LibreOffice processes run under reader processes or under oosplash).
    /// </summary>
    private static IEnumerable<(int Id, string Name)> OwnOffices() =>
        ProcessTree.Children(Environment.ProcessId).Where(p => p.Name == "python3")
            .SelectMany(python => ProcessTree.Children(python.Id)).Where(p => p.Name == "soffice.bin" && Running(p.Id));

    private static WarmLibreOfficeConverter Warm(TimeSpan timeoutPerFile)
    {
        var fallback = new LibreOfficeConverter(TimeSpan.FromSeconds(90));
        Assert.True(fallback.ExecutablePath is not null, "LibreOffice (soffice) is required: run the setup script");
        return new WarmLibreOfficeConverter(timeoutPerFile, fallback);
    }

    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (ReaderException e)
        {
            return e.Code;
        }
    }

    private static void WaitForExit(int id)
    {
        var watch = Stopwatch.StartNew();
        while (Running(id) && watch.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
    }

    /// <summary>Alive and not a zombie (a killed child stays a zombie until its parent reaps it).</summary>
    private static bool Running(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}

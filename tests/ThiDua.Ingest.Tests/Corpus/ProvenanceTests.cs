using System.Reflection;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Every report says what produced it (code version, rules hash, input path) and, for a PDF, the page of each block, table and footnote.</summary>
public sealed class ProvenanceTests
{
    [Fact]
    public void A_report_records_the_pipeline_version_the_rules_hash_and_its_input_path()
    {
        var path = Path.Combine(TestPaths.Corpus, "docx", "000.docx");
        var report = CorpusIngestion.Ingest(path);

        Assert.Equal(path, report.Source.InputPath);
        Assert.Equal(PipelineVersion.Current.Code, report.Source.PipelineVersion);
        Assert.Equal(PipelineVersion.Current.RulesHash, report.Source.RulesHash);
        Assert.Matches("^[0-9a-f]{64}$", report.Source.RulesHash!);
        Assert.Equal(typeof(PipelineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, report.Source.PipelineVersion);
    }

    [Fact]
    public void The_rules_hash_covers_the_embedded_data_files_so_other_files_give_another_hash_and_key()
    {
        var extractors = typeof(PipelineVersion).Assembly;
        Assert.Contains("awards.tsv", extractors.GetManifestResourceNames());
        var other = PipelineVersion.RulesHashOf(typeof(ThiDua.Store.IReportStore).Assembly);

        Assert.Equal(PipelineVersion.RulesHashOf(extractors), PipelineVersion.Current.RulesHash);
        Assert.NotEqual(other, PipelineVersion.Current.RulesHash);
        Assert.NotEqual(PipelineVersion.Current.Key, (PipelineVersion.Current with { RulesHash = other }).Key);
    }

    [Fact]
    public void A_pdf_gives_the_page_of_every_block_table_and_footnote_and_a_word_file_none()
    {
        var pdf = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "pdf", "000.pdf"));
        var word = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, "docx", "000.docx"));

        var pdfBlocks = Blocks(pdf.Sections).ToList();
        Assert.All(pdfBlocks, b => Assert.InRange(b.Page ?? 0, 1, pdf.Source.PageCount!.Value));
        Assert.All(pdf.Tables, t => Assert.InRange(t.Page ?? 0, 1, pdf.Source.PageCount!.Value));
        Assert.All(pdf.Footnotes, f => Assert.InRange(f.Page ?? 0, 1, pdf.Source.PageCount!.Value));
        Assert.True(pdfBlocks.Select(b => b.Page!.Value).Distinct().Count() > 1, "the blocks of a multi-page PDF lie on more than one page");
        Assert.Equal(pdfBlocks.Select(b => b.Page!.Value).Order(), pdfBlocks.Select(b => b.Page!.Value));

        Assert.All(Blocks(word.Sections), b => Assert.Null(b.Page));
        Assert.All(word.Tables, t => Assert.Null(t.Page));
        Assert.All(word.Footnotes, f => Assert.Null(f.Page));
    }

    private static IEnumerable<Block> Blocks(IReadOnlyList<Section> sections) => sections.SelectMany(s => s.Blocks.Concat(Blocks(s.Children)));
}

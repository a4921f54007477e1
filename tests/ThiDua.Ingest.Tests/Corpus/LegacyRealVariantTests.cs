using ThiDua.Extractors.Knowledge;
using ThiDua.Ingest.Tests.Robustness;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>
/// Real reports made into legacy inputs we were not sent (corpus/legacy-real/variants.tsv, remade by
/// corpus/make-legacy-real.sh), each of which the pipeline once misread or failed: through the CLI's pipeline (reader
/// processes, warm LibreOffice), each gives exactly the extraction of its Unicode original, or fails alone with its
/// error named in Vietnamese and English.
/// </summary>
public sealed class LegacyRealVariantTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Corpus, "legacy-real");

    private static readonly KnowledgeFile Variants = KnowledgeFile.Parse("variants.tsv", File.ReadAllText(Path.Combine(Folder, "variants.tsv")));

    public static TheoryData<string, string> WithOriginals()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Variants.Rows.Where(r => Variants.Field(r, "original").Length > 0)) data.Add(Variants.Field(row, "file"), Variants.Field(row, "original"));
        return data;
    }

    public static TheoryData<string, string> Failing()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Variants.Rows.Where(r => Variants.Field(r, "error").Length > 0)) data.Add(Variants.Field(row, "file"), Variants.Field(row, "error"));
        return data;
    }

    [Theory]
    [MemberData(nameof(WithOriginals))]
    public void Variant_gives_the_extraction_of_its_Unicode_original(string file, string original)
    {
        var expected = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, original));
        var actual = CorpusIngestion.Ingest(Path.Combine(Folder, file));
        Assert.Equal(CorpusExtractionTests.Comparable(expected), CorpusExtractionTests.Comparable(actual));
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void Variant_fails_alone_with_its_cause(string file, string code)
    {
        var result = PipelineFactory.Create(TimeSpan.FromSeconds(120)).Ingest(Path.Combine(Folder, file));

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Error!.Code);
        ErrorMessageAssert.NamesFileAndCauseInBothLanguages(result.Error, file, "password");
    }
}

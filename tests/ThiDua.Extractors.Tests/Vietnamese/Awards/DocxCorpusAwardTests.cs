using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Vietnamese.Awards;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// Precision and recall of the extractor on the Reports of the docx pipeline for every corpus rendition (corpus/docx, corpus/docx-lo, corpus/doc through LibreOffice),
/// against the hand-written corpus/expected/NNN.awards.json.
/// </summary>
public sealed class DocxCorpusAwardTests(ITestOutputHelper output)
{
    private static readonly AwardExtractor Extractor = AwardExtractor.CreateDefault();
    private static readonly IngestPipeline Pipeline = IngestPipelineBuilder.CreateDefault().Build();

    /// <summary>Every rendition of every report; a rendition not generated yet (corpus/make.sh) is reported and passes.</summary>
    public static TheoryData<string> Renditions()
    {
        var data = new TheoryData<string>();
        foreach (var (folder, extension) in new[] { ("docx", ".docx"), ("docx-lo", ".docx"), ("doc", ".doc") })
        {
            foreach (var report in new[] { "000", "001", "002", "003", "004" })
            {
                data.Add(folder + "/" + report + extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renditions))]
    public void Corpus_awards_match_the_expected_file(string rendition)
    {
        var path = Path.Combine(TestPaths.Corpus, rendition);
        if (!File.Exists(path))
        {
            output.WriteLine(rendition + ": not generated, not scored");
            return;
        }

        var result = Pipeline.Ingest(path);
        if (!result.Succeeded)
        {
            output.WriteLine(rendition + ": reader failed, not scored: " + result.Error?.Message);
            return;
        }

        var report = Path.GetFileName(rendition)[..3];

        var score = AwardScorer.Score(Extractor.Extract(result.Report!), ExpectedAwardsFile.Load(report));
        output.WriteLine(rendition + ": " + score);

        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.9, rendition + ": " + score);
    }
}

using ThiDua.Extractors.Vietnamese.Awards;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// Precision and recall of the extractor on rough Reports built from the seed texts (<see cref="SeedReportBuilder"/>), against the hand-written
/// corpus/expected/NNN.awards.json. The corpus Reports of the docx pipeline replace the seed builder once it lands.
/// </summary>
public sealed class SeedCorpusAwardTests(ITestOutputHelper output)
{
    private static readonly AwardExtractor Extractor = AwardExtractor.CreateDefault();

    public static TheoryData<string, string> Seeds => new()
    {
        { "000", "UBND xã Thanh Lò" },
        { "001", "UBND huyện Cao Lộc" },
        { "002", "UBND xã Cao Lâu" },
        { "003", "UBND xã Tân Hoà" },
        { "004", "UBND thị trấn Bắc Sơn" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_awards_match_the_expected_file(string report, string issuer)
    {
        var actual = Extractor.Extract(SeedReportBuilder.FromSeed(report, issuer));
        var score = AwardScorer.Score(actual, ExpectedAwardsFile.Load(report));
        output.WriteLine(report + ": " + score);

        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.9, report + ": " + score);
    }

    [Fact]
    public void Every_expected_file_uses_codes_of_awards_tsv()
    {
        var catalog = AwardCatalog.LoadEmbedded();
        foreach (var report in new[] { "000", "001", "002", "003", "004" })
        {
            Assert.All(ExpectedAwardsFile.Load(report), e => Assert.True(catalog.Contains(e.Award), report + ": " + e.Award));
        }
    }
}

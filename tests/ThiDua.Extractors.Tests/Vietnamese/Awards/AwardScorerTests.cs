namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

public sealed class AwardScorerTests
{
    private static AwardKey K(string award, int count, string? basis = null, string status = "awarded") =>
        new(award, "huyen", "ca_nhan", count, basis, status);

    [Fact]
    public void Records_match_one_to_one()
    {
        var score = AwardScorer.Score([K("giay_khen", 1), K("giay_khen", 1), K("lao_dong_tien_tien", 5)], [K("giay_khen", 1), K("lao_dong_tien_tien", 5)]);

        Assert.Equal(2, score.Matched);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal([K("giay_khen", 1)], score.Extra);
    }

    [Fact]
    public void A_wrong_basis_or_status_is_a_miss_and_an_extra()
    {
        var score = AwardScorer.Score([K("giay_khen", 166, "chuyen_de"), K("giay_khen", 2, null, "proposed")], [K("giay_khen", 166, "thuong_xuyen"), K("giay_khen", 2)]);

        Assert.Equal(0, score.Matched);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(2, score.Missing.Count);
    }

    [Fact]
    public void Nothing_expected_and_nothing_found_is_perfect()
    {
        var score = AwardScorer.Score(Array.Empty<AwardKey>(), Array.Empty<AwardKey>());

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }
}

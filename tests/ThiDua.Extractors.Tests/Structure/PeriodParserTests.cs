using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class PeriodParserTests
{
    [Theory]
    [InlineData("Tổng kết phong trào Thi đua, khen thưởng năm 2023 Phương hướng, nhiệm vụ năm 2024", 2023, "full_year")]
    [InlineData("Sơ kết phong trào thi đua và công tác khen thưởng 6 tháng đầu năm 2024; Phương hướng, nhiệm vụ 6 tháng cuối năm 2024", 2024, "first_half")]
    [InlineData("Báo cáo công tác thi đua 6 tháng cuối năm 2022", 2022, "second_half")]
    [InlineData("Báo cáo kết quả công tác quý III năm 2024", 2024, "quarter_3")]
    [InlineData("Báo cáo công tác tháng 5 năm 2024", 2024, "month_5")]
    [InlineData("Phát triển kinh tế - xã hội năm 2024 xã Cao Lâu", 2024, "full_year")]
    public void Reads_the_first_period_the_title_names(string title, int year, string part)
    {
        var period = PeriodParser.Parse(title);
        Assert.NotNull(period);
        Assert.Equal(year, period.Year);
        Assert.Equal(part, period.Part);
    }

    [Fact]
    public void A_title_without_a_period_has_none() => Assert.Null(PeriodParser.Parse("Về việc kiện toàn Hội đồng Thi đua - Khen thưởng"));
}

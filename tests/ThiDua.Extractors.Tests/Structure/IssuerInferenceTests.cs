using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class IssuerInferenceTests
{
    [Fact]
    public void Header_lines_name_the_issuer()
    {
        Assert.Equal("UBND xã Tân Hoà", IssuerInference.Infer(["ỦY BAN NHÂN DÂN", "XÃ TÂN HOÀ"], [], [], null));
    }

    [Fact]
    public void The_closing_sentence_names_the_issuer()
    {
        var body = new[]
        {
            "Phối hợp với UBND huyện Cao Lộc tổ chức hội nghị.",
            "Trên đây là báo cáo tổng kết phong trào thi đua và công tác khen thưởng năm 2023 của UBND xã Thanh Lò./.",
        };
        Assert.Equal("UBND xã Thanh Lò", IssuerInference.Infer([], body, [], null));
    }

    [Fact]
    public void A_body_reporting_in_its_own_name_is_the_issuer()
    {
        var body = new[] { "Thực hiện Công văn số 1156/CTĐ-NV ngày 11/6/2024 của Cụm thi đua, UBND huyện Cao Lộc báo cáo kết quả công tác thi đua như sau:" };
        Assert.Equal("UBND huyện Cao Lộc", IssuerInference.Infer([], body, [], null));
    }
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Award records from prose: real sentences of the seeds.</summary>
public sealed class TextAwardTests
{
    private static readonly AwardExtractor Extractor = AwardExtractor.CreateDefault();

    private static List<string> Keys(string issuer, params string[] paragraphs) =>
        Extractor.Extract(AwardTestReports.WithParagraphs(issuer, paragraphs)).Select(Key).ToList();

    private static string Key(Award a) => $"{a.Code}/{a.Level}/{a.Recipient}/{a.Count}/{a.Basis}/{a.Status}";

    [Fact]
    public void Commune_chairman_giay_khen_and_advanced_workers_in_one_sentence()
    {
        const string text = "Chủ tịch UBND xã tặng giấy khen: 05 tập thể, 10 cá nhân trong thực dịp ngày biên phòng toàn dân, diễn tập phòng thủ dân sự, thực hiện Kết luận số 01-KL/TW và dịp Đại hội Hội nông dân nhiệm kỳ 2018-2023 và 18 lao động tiên tiến trong thực hiện nhiệm vụ năm 2022.";
        var awards = Extractor.Extract(AwardTestReports.WithParagraphs("UBND xã Thanh Lò", text));

        Assert.Equal(["giay_khen/xa/tap_the/5//awarded", "giay_khen/xa/ca_nhan/10//awarded", "lao_dong_tien_tien/xa/ca_nhan/18//awarded"], awards.Select(Key));
        Assert.All(awards, a => Assert.Equal("Chủ tịch UBND xã", a.Grantor));
        Assert.All(awards, a => Assert.Equal(new SourceRef("text", "b0", null, null, null, text), a.Source));
    }

    [Fact]
    public void Passive_sentence_with_commune_chairman()
    {
        Assert.Equal(["giay_khen/xa/tap_the/12//awarded", "giay_khen/xa/ca_nhan/17//awarded"],
            Keys("UBND xã Tân Hoà", "- Có 12 tập thể và 17 cá nhân được Chủ tịch UBND xã Tân Hoà khen thưởng;"));
    }

    [Fact]
    public void Provincial_party_committee_gives_bang_khen_and_commune_party_committee_other()
    {
        var awards = Extractor.Extract(AwardTestReports.WithParagraphs("UBND xã Tân Hoà",
            "- Có 03 cá nhân được BCH Đảng bộ tỉnh Thái Nguyên khen thưởng do thành tích hoàn thành xuất sắc nhiệm vụ 5 năm",
            "- Có 05 tập thể, 48 đảng viên được Ban chấp hành Đảng bộ xã Tân Hoà khen thưởng năm 2023;"));

        Assert.Equal(["bang_khen/tinh/ca_nhan/3//awarded", "khen_thuong_khac/xa/tap_the/5//awarded", "khen_thuong_khac/xa/ca_nhan/48//awarded"], awards.Select(Key));
        Assert.Equal(["BCH Đảng bộ tỉnh", "BCH Đảng bộ xã", "BCH Đảng bộ xã"], awards.Select(a => a.Grantor));
    }

    [Fact]
    public void Proposals_to_the_district_and_an_award_by_the_province_in_one_sentence()
    {
        Assert.Equal(
            ["giay_khen/huyen/tap_the/1//proposed", "giay_khen/huyen/ca_nhan/1//proposed", "giay_khen/huyen/tap_the/3//proposed", "giay_khen/huyen/ca_nhan/5//proposed", "giay_khen/tinh/ca_nhan/1//awarded"],
            Keys("UBND xã Thanh Lò", "- Trình Chủ tịch UBND huyện tặng giấy khen 01 tập thể và 01 cá nhân trong thực hiện kết luận số 01, 03 tập thể và 05 cá nhân trong phong trào 5 năm thực hiện ngày Biên phòng toàn dân; 01 cá nhân được tặng giấy khen Chủ tịch UBND tỉnh về công tác giảm nghèo."));
    }

    [Fact]
    public void Higher_council_is_the_level_above_the_issuer_and_a_clause_inherits_the_one_before()
    {
        var awards = Extractor.Extract(AwardTestReports.WithParagraphs("UBND thị trấn Bắc Sơn",
            "Trong năm 2023 Hội đồng thi đua khen thưởng thị trấn đã đề nghị HĐTĐKT cấp trên khen thưởng 02 tập thể; 01 cá nhân; HĐTĐKT thị trấn Bắc Sơn tặng giấy khen cho hộ gia đình văn hóa tiêu biểu ba năm liên tục (2021 – 2023) cho 115 hộ gia đình văn hóa tiêu biểu 03 năm liên tục 2021-2023."));

        Assert.Equal(["giay_khen/huyen/tap_the/2//proposed", "giay_khen/huyen/ca_nhan/1//proposed", "gia_dinh_van_hoa_tieu_bieu/xa/ho_gia_dinh/115//awarded"], awards.Select(Key));
        Assert.Equal(["HĐTĐKT cấp trên", "HĐTĐKT cấp trên", "HĐTĐKT thị trấn"], awards.Select(a => a.Grantor));
    }

    [Fact]
    public void Cultural_families_villages_and_a_confirmed_proposal()
    {
        Assert.Equal(
            ["gia_dinh_van_hoa/xa/ho_gia_dinh/638//awarded", "gia_dinh_van_hoa_tieu_bieu/xa/ho_gia_dinh/25//awarded", "thon_van_hoa/huyen/tap_the/10//awarded"],
            Keys("UBND xã Cao Lâu", "Tổ chức bình xét các danh hiệu trong phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa năm 2023, kết quả có 638/790 hộ gia đình văn hóa đạt tỷ lệ 80,76%, xét tặng giấy khen gia đình văn hóa 03 năm liên tục cho 25 hộ gia đình, trình UBND huyện đề nghị công nhận Thôn văn hóa 10/10 thôn, đã có quyết định công nhận."));
    }

    [Fact]
    public void A_part_after_trong_do_is_not_counted_twice()
    {
        Assert.Equal(["gia_dinh_van_hoa/xa/ho_gia_dinh/307//awarded", "gia_dinh_van_hoa_tieu_bieu/xa/ho_gia_dinh/12//awarded"],
            Keys("UBND xã Thanh Lò", "Tổ chức bình xét danh hiệu văn hóa năm 2023 xã có 307 hộ đạt danh hiệu GĐVH (85,04%) trong đó có 88 hộ GĐVH 3 năm liên tục, 12 hộ được khen thưởng GĐVH tiêu biểu; Phối hợp với Đoàn TNCS Hồ Chí Minh xã Hội nghị đối thoại."));
    }

    [Fact]
    public void Heading_paragraph_gives_the_level_of_what_follows()
    {
        Assert.Equal(
            ["tap_the_lao_dong_tien_tien/huyen/tap_the/38//awarded", "lao_dong_tien_tien/huyen/ca_nhan/240//awarded", "giay_khen/huyen/tap_the/53//awarded", "giay_khen/huyen/ca_nhan/91//awarded", "giay_khen/huyen/tap_the/166/chuyen_de/awarded", "giay_khen/huyen/ca_nhan/297/chuyen_de/awarded"],
            Keys("UBND huyện Cao Lộc", "Khen thưởng cấp huyện:", "Tặng Danh hiệu thi đua cho 38 tập thể, 240 cá nhân; Tặng Giấy khen của Chủ tịch UBND huyện cho: 53 tập thể, 91 cá nhân có thành tích trong phong trào thi đua thực hiện kế hoạch Nhà nước năm 2023; Khen thưởng chuyên đề 166 tập thể, 297 cá nhân."));
    }

    [Fact]
    public void Provincial_heading_and_named_titles()
    {
        Assert.Equal(["co_thi_dua_tinh/tinh/tap_the/2//awarded", "tap_the_lao_dong_xuat_sac/tinh/tap_the/8//awarded", "bang_khen/tinh/tap_the/16//awarded", "bang_khen/tinh/ca_nhan/12//awarded"],
            Keys("UBND huyện Cao Lộc", "Khen thưởng cấp tỉnh", "Danh hiệu Cờ thi đua của UBND tỉnh: 02 tập thể.", "Danh hiệu Tập thể Lao động xuất sắc cho: 08 tập thể.", "Bằng khen của Chủ tịch UBND tỉnh: 16 tập thể, 12 cá nhân."));
    }

    [Theory]
    [InlineData("- 10) Số hộ đạt Gia đình văn hóa 85%, duy trì 10/10 thôn văn hóa.")]
    [InlineData("UBND huyện đã tổ chức lớp bồi dưỡng nghiệp vụ; cử 02 công chức tham gia lớp bồi dưỡng nghiệp vụ công tác thi đua khen thưởng do Sở Nội vụ tổ chức.")]
    [InlineData("Học sinh được khen thưởng: 177/338 = 52,36%.")]
    [InlineData("Phối hợp với đồn Biên phòng tặng 120 suất=68 triệu.")]
    [InlineData("- Ngoài ra còn nhiều tập thể, cá nhân được các ngành, đoàn thể, các hội khen thưởng năm 2023.")]
    [InlineData("Thực hiện 128 chương trình phát thanh; Hội nghị tổng kết thi đua khen thưởng cụm thi đua 5 huyện biên giới.")]
    public void Sentences_without_an_award_record(string text)
    {
        Assert.Empty(Keys("UBND xã Cao Lâu", text));
    }

    [Fact]
    public void Footnote_lines_are_read_and_cite_the_footnote()
    {
        var awards = Extractor.Extract(AwardTestReports.WithFootnote("UBND xã Cao Lâu",
            "Kết quả đạt được của các trường trong năm học 2022 – 2023 như sau:\n- Trường Mầm non:\nKết quả thi đua: Lao động tiên tiến: 23 đồng chí; chiến sỹ thi đua cơ sở: 03 đồng chí; đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh là 02 đồng chí."));

        Assert.Equal(["lao_dong_tien_tien/xa/ca_nhan/23//awarded", "chien_si_thi_dua_co_so/xa/ca_nhan/3//awarded", "bang_khen/tinh/ca_nhan/2//proposed"], awards.Select(Key));
        Assert.All(awards, a => Assert.Equal("fn5", a.Source.BlockId));
    }

    [Theory]
    [InlineData("Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể và 1.250 hộ gia đình có thành tích.", "giay_khen/huyen/tap_the/15//awarded|giay_khen/huyen/ho_gia_dinh/1250//awarded")]
    [InlineData("Có 01 tập thể được Thủ tướng Chính phủ tặng Bằng khen.", "bang_khen_thu_tuong/nha_nuoc/tap_the/1//awarded")]
    [InlineData("Đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho 02 tập thể.", "co_thi_dua_tinh/tinh/tap_the/2//proposed")]
    [InlineData("Công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 05 cá nhân; Lao động tiên tiến cho 45 cá nhân; Tập thể lao động tiên tiến cho 6 tập thể.", "chien_si_thi_dua_co_so/huyen/ca_nhan/5//awarded|lao_dong_tien_tien/huyen/ca_nhan/45//awarded|tap_the_lao_dong_tien_tien/huyen/tap_the/6//awarded")]
    [InlineData("Có 07 khu dân cư được UBND huyện công nhận danh hiệu Khu dân cư văn hóa.", "thon_van_hoa/huyen/tap_the/7//awarded")]
    [InlineData("Hội Nông dân huyện tặng giấy khen cho 03 hội viên; Công đoàn huyện khen thưởng 04 đoàn viên, 02 tập thể.", "giay_khen/huyen/ca_nhan/3//awarded|khen_thuong_khac/huyen/ca_nhan/4//awarded|khen_thuong_khac/huyen/tap_the/2//awarded")]
    [InlineData("Ban Thường vụ Huyện ủy khen thưởng 12 tổ chức cơ sở đảng, 09 đảng viên.", "khen_thuong_khac/huyen/tap_the/12//awarded|khen_thuong_khac/huyen/ca_nhan/9//awarded")]
    public void Variants_with_other_numbers_and_wording(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Keys("UBND huyện Bình Gia", text));
    }
}

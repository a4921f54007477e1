using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

public sealed class AwardCatalogTests
{
    [Fact]
    public void Names_come_from_awards_tsv_without_the_grantor_of_a_form_several_levels_grant()
    {
        var catalog = AwardCatalog.LoadEmbedded();

        Assert.Equal("Giấy khen", catalog.Find("giay_khen")!.DisplayName);
        Assert.Equal("Bằng khen của Thủ tướng Chính phủ", catalog.Find("bang_khen_thu_tuong")!.DisplayName);
        Assert.Equal("Gia đình văn hóa tiêu biểu 03 năm liên tục", catalog.Find("gia_dinh_van_hoa_tieu_bieu")!.DisplayName);
        Assert.DoesNotContain(catalog.Definitions.SelectMany(d => d.Names), n => n.Contains(" by ", StringComparison.Ordinal) || n.Contains('('));
    }

    [Theory]
    [InlineData("Bằng khen TTCP", "bang_khen_thu_tuong")]
    [InlineData("Danh hiệu CSTĐ cấp tỉnh", "chien_si_thi_dua_tinh")]
    [InlineData("Danh hiệu TTLĐXS, ĐVQT", "tap_the_lao_dong_xuat_sac")]
    [InlineData("Bà mẹ VN Anh hùng", "ba_me_viet_nam_anh_hung")]
    [InlineData("Kỉ niệm chương bộ, ngành", "ky_niem_chuong")]
    [InlineData("Chiến sỹ thi đua cơ sở", "chien_si_thi_dua_co_so")]
    [InlineData("Huân, Huy chương kháng chiến chống Mỹ", "huan_chuong_khang_chien")]
    [InlineData("Cờ Thi đua của Chính phủ", "co_thi_dua_chinh_phu")]
    public void Table_labels_name_their_award(string label, string code)
    {
        Assert.Equal(code, AwardCatalog.LoadEmbedded().BestNamed(AwardText.Fold(label))?.Code);
    }
}

using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Awards;
using static ThiDua.Extractors.Tests.Vietnamese.Awards.AwardTestReports;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Award records from the standard appendix table, with rows of the seeds laid out as the docx pipeline gives them (spans, values).</summary>
public sealed class LedgerTableAwardTests
{
    private static readonly AwardExtractor Extractor = AwardExtractor.CreateDefault();

    private static IReadOnlyList<Award> Extract(params IReadOnlyList<Cell>[] body) =>
        Extractor.Extract(WithTable(new Table("tbl1", "TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG", null, 3, [.. StandardHeader(), .. body])));

    private static string Key(Award a) =>
        $"{a.Code}/{a.Level}/{a.Recipient}/{a.Count}/{a.Basis}/{a.Status}" + (a.DirectWorkers is { } d ? $"/dw {d.Count} {d.Percent}" : "");

    [Fact]
    public void Sub_rows_give_the_basis_and_direct_workers_and_replace_the_parent()
    {
        var awards = Extract(
            Row("III", "Khen thưởng cấp huyện", "", "", "", "", "", "", ""),
            Row("4", "Giấy khen", "", "", "", "", "", "", ""),
            Row("-", "Khen chuyên đề", "166", "297", "30", "166", "100", "221", "74,41"),
            Row("-", "Khen đột xuất, đối ngoại", "", "", "", "", "", "", ""),
            Row("-", "Khen thường xuyên", "53", "91", "", "53", "100", "69", "75,82"));

        Assert.Equal(
            [
                "giay_khen/huyen/tap_the/166/chuyen_de/awarded/dw 166 100", "giay_khen/huyen/tap_the/53/thuong_xuyen/awarded/dw 53 100",
                "giay_khen/huyen/ca_nhan/297/chuyen_de/awarded/dw 221 74.41", "giay_khen/huyen/ca_nhan/91/thuong_xuyen/awarded/dw 69 75.82",
                "giay_khen/huyen/ho_gia_dinh/30/chuyen_de/awarded",
            ],
            awards.Select(Key));
        var first = awards[0];
        Assert.Equal(new SourceRef("table", null, "tbl1", 5, 2, "Khen chuyên đề | 166 | 297 | 30 | 166 | 100 | 221 | 74,41"), first.Source);
        Assert.Equal("Chủ tịch UBND huyện", first.Grantor);
    }

    [Fact]
    public void Parent_counts_are_not_added_to_their_sub_rows()
    {
        var awards = Extract(
            Row("III", "Khen thưởng cấp huyện", "", "", "", "", "", "", ""),
            Row("4", "Giấy khen", "01", "04", "", "", "", "04", ""),
            Row("-", "Khen chuyên đề", "01", "02", "", "", "", "02", ""),
            Row("-", "Khen đột xuất, đối ngoại", "", "", "", "", "", "", ""),
            Row("-", "Khen thường xuyên", "", "02", "", "", "", "02", ""),
            Row("IV", "Khen thưởng cấp cơ sở", "", "", "", "", "", "", ""),
            Row("2", "Giấy khen", "03", "12", "", "", "", "", ""));

        Assert.Equal(
            [
                "giay_khen/huyen/tap_the/1/chuyen_de/awarded", "giay_khen/huyen/ca_nhan/2/chuyen_de/awarded/dw 2 ", "giay_khen/huyen/ca_nhan/2/thuong_xuyen/awarded/dw 2 ",
                "giay_khen/xa/tap_the/3//awarded", "giay_khen/xa/ca_nhan/12//awarded",
            ],
            awards.Select(Key));
    }

    [Fact]
    public void An_individual_title_in_the_collective_column_is_still_individuals()
    {
        var awards = Extract(
            Row("III", "Khen thưởng cấp huyện", "", "", "", "", "", "", ""),
            Row("2", "Chiến sỹ thi đua cơ sở", "19", "", "", "", "", "9", "47,37"),
            Row("II", "Khen thưởng cấp tỉnh", "", "", "", "", "", "", ""),
            Row("2", "Danh hiệu TTLĐXS, ĐVQT", "16", "", "", "16", "100", "", ""));

        Assert.Equal(["chien_si_thi_dua_co_so/huyen/ca_nhan/19//awarded/dw 9 47.37", "tap_the_lao_dong_xuat_sac/tinh/tap_the/16//awarded/dw 16 100"], awards.Select(Key));
    }

    [Fact]
    public void A_level_row_with_its_own_counts_and_an_advanced_worker_note()
    {
        var awards = Extract(
            Row("IV", "Khen thưởng cấp xã", "5", "10 cá nhân và (18 LĐTT)", "", "", "", "", ""),
            Row("TỔNG CỘNG (I + II + III+IV)", "", "", "", "", "", "", "", ""));

        Assert.Equal(["giay_khen/xa/tap_the/5//awarded", "giay_khen/xa/ca_nhan/10//awarded", "lao_dong_tien_tien/xa/ca_nhan/18//awarded"], awards.Select(Key));
    }

    [Fact]
    public void Empty_rows_and_other_tables_give_nothing()
    {
        Assert.Empty(Extract(
            Row("I", "Khen thưởng cấp Nhà nước", "", "", "", "", "", "", ""),
            Row("1", "Huân chương Độc lập", "", "", "", "", "", "", ""),
            Row("", "Trong đó: Khen công hiến", "", "", "", "", "", "", ""),
            Row("3", "Nghệ sĩ nhân dân", "0", "", "", "", "", "", "")));

        var documents = new Table("tbl2", "TỔNG HỢP CÁC VĂN BẢN CHỈ ĐẠO", null, 1,
            [Row("TT", "Số, ký hiệu, ngày, tháng ban hành văn bản", "Trích yếu nội dung văn bản", "Ghi chú"), Row("1", "13/KH-UBND ngày 10/02/2023", "Kế hoạch Công tác thi đua khen thưởng năm 2022", "")]);
        Assert.Empty(Extractor.Extract(WithTable(documents)));
    }

    [Fact]
    public void A_sub_row_naming_another_award_is_its_own_record()
    {
        var awards = Extract(
            Row("I", "Khen thưởng cấp Nhà nước", "", "", "", "", "", "", ""),
            Row("3", "Nghệ sĩ nhân dân", "", "1", "", "", "", "", ""),
            Row("", "Nghệ sĩ ưu tú", "", "2", "", "", "", "", ""));

        Assert.Equal(["nghe_si_nhan_dan/nha_nuoc/ca_nhan/1//awarded", "nghe_si_uu_tu/nha_nuoc/ca_nhan/2//awarded"], awards.Select(Key).Order());
    }
}

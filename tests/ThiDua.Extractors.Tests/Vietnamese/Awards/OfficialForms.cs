using ThiDua.Extractors.Model;
using static ThiDua.Extractors.Tests.Vietnamese.Awards.AwardTestReports;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// Award tables laid out as the official statistical forms provinces send (<c>Biểu mẫu số ...</c>), written by hand for the tests: award names in
/// rows, counts split by recipient, proposed versus decided and basis, a row of column numbers, total rows. No header-row count is given
/// (<c>headerRows</c> 0), as a rendition that lost the repeat-header flag gives them.
/// </summary>
public static class OfficialForms
{
    /// <summary>Form A: proposed and decided counts by recipient, a leading <c>Tổng cộng</c>, level sections, a <c>(1) (2) ...</c> row.</summary>
    public static IReadOnlyList<IReadOnlyList<Cell>> ProposedAndDecided(string proposedIndividualsTotal = "27") =>
    [
        [C("STT", 2), C("Danh hiệu thi đua, hình thức khen thưởng", 2), C("Số đề nghị", 1, 2), C("Số được khen thưởng", 1, 3)],
        [C("Tập thể"), C("Cá nhân"), C("Tập thể"), C("Cá nhân"), C("Hộ gia đình")],
        Row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
        Row("", "Tổng cộng", "9", proposedIndividualsTotal, "8", "25", "3"),
        Row("I", "Khen thưởng cấp Nhà nước", "", "", "", "", ""),
        Row("1", "Huân chương Lao động hạng Ba", "1", "2", "1", "1", ""),
        Row("2", "Bằng khen của Thủ tướng Chính phủ", "2", "5", "2", "4", "1"),
        Row("II", "Khen thưởng cấp tỉnh", "", "", "", "", ""),
        Row("1", "Cờ thi đua của UBND tỉnh", "3", "", "2", "", ""),
        Row("2", "Bằng khen của Chủ tịch UBND tỉnh", "3", "20", "3", "20", "2"),
    ];

    /// <summary>Form B: a total column and counts by basis, recipients in sub-rows, a <c>1 2 3</c> row, a closing <c>Cộng</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<Cell>> ByBasis(string closingTotal = "46") =>
    [
        [C("TT", 2), C("Hình thức khen thưởng", 2), C("Tổng số", 2), C("Chia ra", 1, 4)],
        [C("Thường xuyên"), C("Chuyên đề"), C("Đột xuất"), C("Cống hiến")],
        Row("1", "2", "3", "4", "5", "6", "7"),
        Row("1", "Huân chương Lao động", "4", "3", "", "1", ""),
        Row("", "- Tập thể", "1", "1", "", "", ""),
        Row("", "- Cá nhân", "3", "2", "", "1", ""),
        Row("2", "Chiến sĩ thi đua cơ sở", "12", "12", "", "", ""),
        Row("3", "Giấy khen", "30", "10", "15", "5", ""),
        Row("", "- Tập thể", "10", "4", "6", "", ""),
        Row("", "- Cá nhân", "20", "6", "9", "5", ""),
        Row("", "Cộng", closingTotal, "25", "15", "6", ""),
    ];

    /// <summary>The hand-checked records of form A, in table order (row by row, column by column): award/level/recipient/count/basis/status.</summary>
    public static IReadOnlyList<string> ProposedAndDecidedAwards { get; } =
    [
        "huan_chuong_lao_dong/nha_nuoc/tap_the/1//proposed", "huan_chuong_lao_dong/nha_nuoc/ca_nhan/2//proposed",
        "huan_chuong_lao_dong/nha_nuoc/tap_the/1//awarded", "huan_chuong_lao_dong/nha_nuoc/ca_nhan/1//awarded",
        "bang_khen_thu_tuong/nha_nuoc/tap_the/2//proposed", "bang_khen_thu_tuong/nha_nuoc/ca_nhan/5//proposed",
        "bang_khen_thu_tuong/nha_nuoc/tap_the/2//awarded", "bang_khen_thu_tuong/nha_nuoc/ca_nhan/4//awarded", "bang_khen_thu_tuong/nha_nuoc/ho_gia_dinh/1//awarded",
        "co_thi_dua_tinh/tinh/tap_the/3//proposed", "co_thi_dua_tinh/tinh/tap_the/2//awarded",
        "bang_khen/tinh/tap_the/3//proposed", "bang_khen/tinh/ca_nhan/20//proposed",
        "bang_khen/tinh/tap_the/3//awarded", "bang_khen/tinh/ca_nhan/20//awarded", "bang_khen/tinh/ho_gia_dinh/2//awarded",
    ];

    /// <summary>The hand-checked records of form B (the Tổng số column and the Cộng row give none; sub-rows replace their parent).</summary>
    public static IReadOnlyList<string> ByBasisAwards { get; } =
    [
        "huan_chuong_lao_dong/nha_nuoc/tap_the/1/thuong_xuyen/awarded", "huan_chuong_lao_dong/nha_nuoc/ca_nhan/2/thuong_xuyen/awarded",
        "huan_chuong_lao_dong/nha_nuoc/ca_nhan/1/dot_xuat/awarded",
        "chien_si_thi_dua_co_so//ca_nhan/12/thuong_xuyen/awarded",
        "giay_khen//tap_the/4/thuong_xuyen/awarded", "giay_khen//ca_nhan/6/thuong_xuyen/awarded",
        "giay_khen//tap_the/6/chuyen_de/awarded", "giay_khen//ca_nhan/9/chuyen_de/awarded",
        "giay_khen//ca_nhan/5/dot_xuat/awarded",
    ];

    public static string Key(Award a) => $"{a.Code}/{a.Level}/{a.Recipient}/{a.Count}/{a.Basis}/{a.Status}";
}

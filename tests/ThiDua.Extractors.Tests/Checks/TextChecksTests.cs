using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>Findings and silences on real seed sentences, one check family at a time.</summary>
public class TextChecksTests
{
    private static Flag Single(IReadOnlyList<Flag> flags, string kind) => Assert.Single(flags, f => f.Kind == kind);

    [Fact]
    public void Budget_parts_listed_after_cụ_thể_do_not_add_up()
    {
        var flags = CheckRunner.Flags(
            "Thu ngân sách nhà nước trên địa bàn: 17.830.000 đồng/14.000.000 đồng bằng 127,36% kế hoạch huyện giao và bằng 115,78% chỉ tiêu phân đấu HĐND xã giao, cụ thể:",
            "- Thuế thu nhập cá nhân: 1.645.714 đồng.",
            "- Thuế GTGT: 3.154.286 đồng.",
            "- Phí, lệ phí: 5.490.000đ/5.000.000 đồng bằng 127,6 % kế hoạch và đạt 99,82% chỉ tiêu phân đấu",
            "- Lệ phí trước bạ: Lũy kế 1.422.000 đồng/2.000.000 đồng đạt 71,1% kế hoạch và đạt 65,55% chỉ tiêu phân đấu",
            "- Thu khác: 6.120.000 đồng đạt 87,43% kế hoạch và đạt 79,48% chỉ tiêu phân đấu",
            "* Chi ngân sách: Căn cứ tiến độ thu ngân sách trên địa bàn.");
        var sum = Single(flags, Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal(17_830_000m, sum.Stated!.Number);
        Assert.Equal(17_832_000m, sum.Computed);
        Assert.Equal(0m, sum.Tolerance);
        Assert.Equal("Phần thứ nhất > 2.4.", sum.Location.SectionPath);
        Assert.Equal("b1", sum.Location.BlockId);
        Assert.Contains("17.832.000", sum.Message, StringComparison.Ordinal);
        var ratio = Single(flags, Vocabulary.FlagKinds.RatioMismatch);
        Assert.Equal(127.6m, ratio.Stated!.Number);
        Assert.Equal(109.8m, ratio.Computed);
        Assert.Equal("f1", flags[0].Id);
    }

    [Fact]
    public void Footnote_breaking_down_a_body_figure_is_checked_and_changes_are_not_parts()
    {
        var consistent = new ReportFactory()
            .Paragraph("c) Chăn nuôi: Tại thời điểm điều tra 1/10/2023 tổng vật nuôi của xã là 10.431 con đạt 77,85% kế hoạch và 97,5% so với cùng kỳ năm 2022. Tiêm phòng lở mồm long móng cho đàn trâu, bò được 56 con.")
            .Footnote("Đàn trâu có 56 con = 76,7% kế hoạch và bằng 87,5% so với cùng kỳ năm 2022 giảm 8 con\nĐàn bò có 0 con = 0% kế hoạch giảm 6 con\nĐàn lợn 40 con = 13,3% kế hoạch và bằng 114% so với cùng kỳ năm 2022 tăng 5 con\nĐàn gia cầm có 10.300 con đạt 79,2 % kế hoạch và đạt 100% so với cùng kỳ năm 2022\nCác vật nuôi khác: chó mèo 350, dê 35 con giảm 25 con; ong 50 đàn");
        Assert.Empty(CheckRunner.Flags(consistent));

        var broken = new ReportFactory()
            .Paragraph("UBND huyện chỉ đạo tích hợp Hệ thống lên trang thông tin qua đó đã tiếp nhận 10.994 hồ sơ, cụ thể:")
            .Footnote("Công DVC Quốc gia: 2.190 hồ sơ; Công DVC tỉnh: 8.943 hồ sơ.");
        var flag = Single(CheckRunner.Flags(broken), Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal(10_994m, flag.Stated!.Number);
        Assert.Equal(11_133m, flag.Computed);
        Assert.Equal("fn1", flag.Location.FootnoteId);
    }

    [Fact]
    public void Year_on_year_percentage_is_checked_against_the_stated_change()
    {
        var flag = Single(CheckRunner.Flags("Đàn trâu có 56 con = 76,7% kế hoạch và bằng 97% so với cùng kỳ năm 2022 giảm 8 con"), Vocabulary.FlagKinds.RatioMismatch);
        Assert.Equal(97m, flag.Stated!.Number);
        Assert.Equal(87.5m, flag.Computed);
        Assert.Empty(CheckRunner.Flags("Đàn lợn 40 con = 13,3% kế hoạch và bằng 114% so với cùng kỳ năm 2022 tăng 5 con"));
    }

    [Theory]
    [InlineData("Lúa cả năm thực hiện được 149,2/145 ha bằng 102,9% so với kế hoạch và bằng 100,06% so với cùng kỳ 2022; Rau đậu đỗ các loại thực hiện được 17,31 ha/13,4 ha vượt 29,1% so với kế hoạch; Cây gia vị dược liệu thực hiện được 1/0,7 ha bằng 142,8% so với kế hoạch")]
    [InlineData("Thực hiện tốt công tác chuyển đổi số trong lĩnh vực y tế có 1058/1605 = 65,9% công dân có hồ sơ sức khỏe điện tử.")]
    [InlineData("tỷ lệ huy động trẻ mẫu giáo là 100% (51/51); trẻ bị suy dinh dưỡng thể nhẹ cân và thấp còi là 2,7% (1/36)")]
    [InlineData("Tính từ ngày 01/01/2024-31/5/2024: thực hiện tiếp nhận tổng số 1610 hồ sơ, tiếp nhận trực tuyến 1591 hồ sơ, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 98,81% trên tổng số hồ sơ tiếp nhận.")]
    [InlineData("Kết quả xếp loại viên chức: Tổng số cán bộ, giáo viên, nhân viên được đánh giá là 35 người: HTXS NV 9/35 tỷ lệ 25,7%; HTTNV 24/35 tỷ lệ 68,6; HTNV 01/35 tỷ lệ 2,9%")]
    [InlineData("Tổng số lượt khám bệnh được 2.237 lượt đạt 102% trong đó có kê đơn là 901 lượt; khám cho trẻ em dưới 6 tuổi là 472, người già trên 60 tuổi là 507")]
    [InlineData("Tổng diện tích tự nhiên là 3.760,69 ha, trong đó diện tích đất trồng lúa 176,39 ha, đất trồng cây hàng năm khác 109,09 ha; đất trồng cây lâu năm 79,84 ha, đất rừng: 3.183,38 ha; đất nuôi trồng thủy sản: 7,80 ha.")]
    [InlineData("- Bộ phận Tiếp nhận và Trả kết quả huyện: Tổng số hồ sơ tiếp nhận là 1.310 hồ sơ, trong đó: 1.239 hồ sơ giải quyết (trước hạn: 856 hồ sơ, đúng hạn: 360 hồ sơ; 23 hồ sơ chậm hạn), 71 hồ sơ đang xem xét giải quyết (trong hạn: 63 hồ sơ, quá hạn 08 hồ sơ).")]
    [InlineData("Trong 6 tháng đầu năm 2024: Trồng cây nhân dân, cây ăn quả các loại được 7,3 ha, Trong đó: trồng cây nhân dân 5,3 ha (Hồi 0,5 ha; Quế 0,3 ha); Cây ăn quả các loại: 2 ha (Cam đường canh, Hồng không hạt).")]
    [InlineData("Đảng bộ thị trấn có 18 Chi bộ trực thuộc gồm 12 Chi bộ khối phố; 03 Chi bộ trường học; 01 Chi bộ Trạm Y tế Thị trấn, 01 Chi bộ Công an; 01 chi bộ Quân sự.")]
    [InlineData("Đối tượng Người có công, Gia đình chính sách: Quà của chủ tịch nước: 70 xuất x 600.000đ trị giá 42 triệu đồng ; Quà của UBND tỉnh: 70 xuất x 300.000đ trị giá 21 triệu đồng; Quà của UBND huyện: 01 xuất x 500.000đ trị giá 500.000 đồng.")]
    [InlineData("Hội Chữ thập đỏ tỉnh Lạng Sơn: Đối tượng Người có công: 5 xuất x 1.200.000 trị giá 6 triệu; Đối tượng BTXH: 10 xuất x 700.000đ trị giá 7 triệu đồng.")]
    [InlineData("Dịp tết Nguyên đán 2023 được tập đoàn Tân Á – Đại Thành tặng 40 suất quà x 835.000 đồng/suất= 33,4 triệu đồng")]
    [InlineData("triển khai đợt thi đua lập thành tích chào mừng kỷ niệm 84 năm ngày khởi nghĩa Bắc Sơn (27/9/1940-27/9/2024).")]
    [InlineData("đợt thi đua đặc biệt kỷ niệm 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023) đã được hưởng ứng")]
    [InlineData("Chỉ tiêu đạt (8): Duy trì đạt chuẩn y tế xã; Duy trì phổ cập; Giảm tỷ lệ hộ nghèo, hộ cận nghèo; cư dân nông thôn sử dụng nước sạch; Tuần tra bảo vệ vững chắc chủ quyền biên giới; Giảm các loại tội phạm, đảm bảo ANTT, ATXH; giải quyết đơn thư; Mô hình chính quyền thân thiện")]
    [InlineData("Quyết định số 1239/QĐ-UBND ngày 03/5/2024; Điện thoại: 0253.837.329; Nghị định 137/NĐ-CP đối với 362 hộ gia đình.")]
    [InlineData("Tiếp công dân được 12 cuộc/12 lượt công dân trong đó chủ tịch UBND xã tiếp 4 cuộc/4 lượt công dân; công chức chuyên môn tiếp 08 cuộc/08 công dân")]
    [InlineData("bàn giao thanh niên nhập ngũ 07/06 thanh niên đạt 116,6% chỉ tiêu huyện giao.")]
    [InlineData("Số tiêu chí xã đã đạt là 9/19 tiêu chí, trong năm đạt thêm tiêu chí về Quy hoạch và nâng tỷ lệ người dân có thẻ bảo hiểm y tế lên 97,55%.")]
    [InlineData("Toàn xã có 120 hộ nghèo, trong đó 90 hộ dân tộc thiểu số, 45 hộ có người cao tuổi.")]
    public void Consistent_claims_stay_silent(string sentence)
    {
        Assert.Empty(CheckRunner.Flags(sentence));
    }

    [Fact]
    public void A_part_larger_than_its_trong_đó_total_is_flagged()
    {
        var flag = Single(CheckRunner.Flags("Tổng số đơn quản lý là 35 đơn, trong đó thuộc thẩm quyền giải quyết 216 đơn."), Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal(35m, flag.Stated!.Number);
    }

    [Fact]
    public void Area_times_yield_converts_quintals_to_tonnes()
    {
        var flag = Single(CheckRunner.Flags("- Về trồng trọt: Tổng diện tích gieo trồng đến thời điểm này cơ bản hoàn thành và đạt kế hoạch đề ra là 170,2 ha, trong đó: Thuốc lá 25,2 ha, đạt 100% KH, năng suất ước đạt 23 tạ/ha, sản lượng ước đạt 579,6 tấn; Ngô xuân: 80 ha, đạt 100% KH; Lúa xuân: 38 ha, đạt 100% KH; cây thực phẩm 25 ha, đạt 100% KH; cây trồng khác: cỏ voi 2,0 ha."), Vocabulary.FlagKinds.ProductMismatch);
        Assert.Equal(579.6m, flag.Stated!.Number);
        Assert.Equal(57.96m, flag.Computed);
        Assert.Contains("tạ", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crop_yield_finds_the_area_in_another_footnote()
    {
        var factory = new ReportFactory()
            .Paragraph("Chỉ đạo bà con nhân dân làm đất cho gieo trồng vụ xuân, vụ mùa, diện tích gieo trồng trong năm đạt và vượt chỉ tiêu giao.")
            .Footnote("Kết quả: Diện tích lúa xuân cấy được 88,1 ha, ngô xuân trồng được 28,3 ha. Diện tích lúa mùa cấy được 148,6 ha, ngô mùa trồng được 14,5 ha.")
            .Paragraph("Tổng diện tích gieo trồng trong năm 279,5ha, sản lượng lương thực đạt 1195,7 tấn đạt 100,2% chỉ tiêu huyện giao.")
            .Footnote("Năng suất lúa xuân đạt 50 tạ/ha, sản lượng đạt 440,5 tấn, ngô xuân đạt 53 tạ/ha, sản lượng đạt 150 tấn. Năng suất lúa mùa đạt 36,4 tạ/ha, sản lượng 540,9 tấn; ngô mùa đạt 45,6 tạ/ha, sản lượng đạt 64,3 tấn.");
        var flag = Assert.Single(CheckRunner.Flags(factory));
        Assert.Equal(Vocabulary.FlagKinds.ProductMismatch, flag.Kind);
        Assert.Equal(64.3m, flag.Stated!.Number);
        Assert.Equal(66.12m, flag.Computed);
    }

    [Fact]
    public void Product_chain_and_rate_gifts()
    {
        var flag = Single(CheckRunner.Flags("Hỗ trợ NĐ 81 học kỳ II năm 2022-2023: 150 học sinh x 5 tháng x 150.000 đồng = 112.500.000 đồng, hỗ trợ NĐ 81 học kỳ I năm 2023-2023: 184 học sinh x 4 tháng x 150.000 đồng = 88.810.000 đồng (Chưa cấp)."), Vocabulary.FlagKinds.ProductMismatch);
        Assert.Equal(110_400_000m, flag.Computed);
        var rate = Single(CheckRunner.Flags("Quà của Quân khu I là 20 xuất, trị giá 500.000 đồng/xuất, tổng số tiền là 11.000.000 đồng; Công an huyện là 21 xuất, trị giá 500.000 đồng/xuất, tổng số tiền là 10.500.000 đồng"), Vocabulary.FlagKinds.ProductMismatch);
        Assert.Equal(10_000_000m, rate.Computed);
    }

    [Fact]
    public void Difference_combined_rate_anniversary_count_and_malformed()
    {
        var difference = Single(CheckRunner.Flags("Công tác thẩm tra quyết toán được thực hiện theo đúng quy định, đã phê duyệt được 12 công trình, với tổng giá trị quyết toán: 67.998 triệu đồng so với đề nghị quyết toán A-B là 68.194 triệu đồng, tiết kiệm được cho ngân sách 206 triệu đồng."), Vocabulary.FlagKinds.DifferenceMismatch);
        Assert.Equal(196_000_000m, difference.Computed);

        var combined = Single(CheckRunner.Flags("Cấp huyện: 1.171/1.310 đạt 89,4%.", "Cấp xã: 9.823/11.392 đạt 86,2%.", "* Trên cơ sở tỷ lệ giải quyết TTTC qua dịch vụ công trực tuyến một phần và dịch vụ công trực tuyến trên tổng hồ sơ cấp huyện, cấp xã đạt: 87,8%."), Vocabulary.FlagKinds.RatioMismatch);
        Assert.Equal(87.8m, combined.Stated!.Number);
        Assert.InRange(combined.Computed!.Value, 86.55m, 86.56m);

        var anniversary = Single(CheckRunner.Flags("trọng tâm triển khai kế hoạch phát động đợt thi đua đặc biệt chào mừng kỷ niệm 75 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1978-11/6/2023)."), Vocabulary.FlagKinds.AnniversaryMismatch);
        Assert.Equal(45m, anniversary.Computed);

        var count = Single(CheckRunner.Flags("Chỉ tiêu vượt (8): Tổng diện tích gieo trồng và sản lượng lương thực có hạt; Trồng mới rừng; thu ngân sách trên địa bàn; Đăng ký đất đai lần đầu; Thực hiện các tiêu chí nông thôn mới; Thành lập các CLB Thể thao, văn nghệ quần chúng; GDVH, thôn bản văn hóa; DTCĐPT; DVCTT"), Vocabulary.FlagKinds.CountMismatch);
        Assert.Equal(9m, count.Computed);

        var malformed = CheckRunner.Flags("Chứng thực: chứng thực chữ ký 236 trường hợp, chứng thực bản sao từ bản chính 1.34 việc, chứng thực Hợp đồng giao dịch 15 trường hợp.", "Thu ngân sách nhà nước trên địa bàn: 2.239.990,863 hoàn thành 58,63% theo kế hoạch (tính đến hết ngày 25/5/2024).");
        Assert.Equal(["1.34", "2.239.990,863"], malformed.Where(f => f.Kind == Vocabulary.FlagKinds.MalformedNumber).Select(f => f.Stated!.Text ?? string.Empty).ToArray());
    }

    [Fact]
    public void Percentages_a_point_apart_never_pass_and_truncation_passes()
    {
        var flag = Single(CheckRunner.Flags("Thực hiện kê khai trong năm được 1226 thửa lũy kế từ năm 2012 là 1450/2379 = 60,09% kế hoạch"), Vocabulary.FlagKinds.RatioMismatch);
        Assert.Equal(0.01m, flag.Tolerance);
        Assert.Empty(CheckRunner.Flags("Khai thác gỗ các loại 2.100/2.000 m³ đạt 105% kế hoạch; nhựa thông 270/250,1 tấn đạt 107,9% kế hoạch."));
    }
}

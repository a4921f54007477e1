using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Claims that a changed report breaks: each original is recognized and consistent, the changed copy (one number altered) is
/// flagged with the stated figure a reader expects; claims whose parts may overlap or list only some stay unverifiable.
/// </summary>
public class ChangedClaimTests
{
    [Theory]
    [InlineData("Năm 2024, UBND huyện khen thưởng 120 lượt tập thể và cá nhân: 40 tập thể, 80 cá nhân.", "80 cá nhân", "90 cá nhân", 120)]
    [InlineData("Chủ tịch UBND xã tặng giấy khen cho 38 tập thể, cá nhân, trong đó 20 tập thể, 18 cá nhân.", "18 cá nhân", "15 cá nhân", 38)]
    [InlineData("Chủ tịch UBND huyện khen thưởng cho 120 tập thể và cá nhân (40 tập thể, 80 cá nhân).", "40 tập thể", "45 tập thể", 120)]
    [InlineData("Tổng số học sinh là 403 học sinh. Trong đó: Khối lớp 10 có 141 học sinh, khối lớp 11 có 136 học sinh, khối lớp 12 có 126 học sinh.", "136", "146", 403)]
    [InlineData("Tiếp nhận 29 vụ việc hòa giải cơ sở, trong đó hòa giải thành 23 vụ việc đạt 79%, hòa giải không thành 06 vụ việc chiếm 21%.", "06 vụ việc", "05 vụ việc", 29)]
    [InlineData("Tổng số cán bộ, giáo viên và nhân viên là 35 người. Trong đó: Cán bộ quản lý: 03 người, giáo viên 27, nhân viên 05.", "nhân viên 05", "nhân viên 04", 35)]
    [InlineData("Trồng cây nhân dân, cây ăn quả các loại được 7,3 ha, Trong đó: trồng cây nhân dân 5,3 ha (Hồi 0,5 ha; Quế 0,3 ha); Cây ăn quả các loại: 2 ha.", "được 7,3 ha", "được 8,3 ha", 8.3)]
    [InlineData("Số hồ sơ cấp xã đã giải quyết là 468.463 hồ sơ; trong đó: Số hồ sơ giải quyết trước và đúng hạn là 467.565, số hồ sơ giải quyết trễ hạn là 898.", "là 898", "là 998", 468463)]
    [InlineData("Trên địa bàn xã triển khai thực hiện 08 dự án, trong đó có 05 dự án thực hiện năm 2022 chuyển sang, 03 dự án thực hiện năm 2023.", "03 dự án", "04 dự án", 8)]
    [InlineData("Tổng số học sinh là 234 học sinh giảm so với năm học trước 10 học sinh chia thành 14 lớp (TH 138/10 lớp, THCS là 96/4 lớp).", "138/10", "148/10", 234)]
    [InlineData("Sở Nội vụ đã kiểm tra tại 42/42 cơ quan, đơn vị, địa phương (gồm: 04 cơ quan chuyên môn cấp tỉnh và 38 đơn vị hành chính cấp xã), đạt 100% kế hoạch.", "04 cơ quan", "05 cơ quan", 42)]
    [InlineData("Tổng số TTHC là 420 TTHC (Thuế tỉnh 217 TTHC; Kho bạc Nhà nước 11 TTHC; Công an tỉnh 167 TTHC, Bảo hiểm xã hội tỉnh 25 TTHC).", "217 TTHC", "227 TTHC", 420)]
    [InlineData("Số người nghiện trên địa bàn là 1922 người. Giới tính: nam: 1800, nữ: 122. Nghề nghiệp: có nghề nghiệp: 851, không nghề nghiệp: 1071.", "nữ: 122", "nữ: 132", 1922)]
    [InlineData("Số người nghiện trên địa bàn là 1922 người. Giới tính: nam: 1800, nữ: 122. Nghề nghiệp: có nghề nghiệp: 851, không nghề nghiệp: 1071.", ": 851", ": 815", 1922)]
    [InlineData("UBND xã tiếp công dân được 12 cuộc/12 lượt công dân trong đó chủ tịch UBND xã tiếp 4 cuộc/4 lượt công dân; công chức chuyên môn tiếp 08 cuộc/08 công dân.", "08 cuộc", "09 cuộc", 12)]
    [InlineData("Tổng số đơn vị sự nghiệp công cấp tỉnh là 271, trong đó: số lượng đơn vị SNCL tự đảm bảo chi thường xuyên và chi đầu tư là 12 đơn vị, số lượng đơn vị SNCL tự đảm bảo chi thường xuyên là 71 đơn vị, số lượng đơn vị SNCL tự đảm bảo một phần chi thường xuyên là 123 đơn vị, số lượng đơn vị sự nghiệp do Nhà nước đảm bảo chi thường xuyên là 65 đơn vị.", "là 71 đơn vị", "là 81 đơn vị", 271)]
    [InlineData("Đến nay, tổng số TTHC thuộc phạm vi quản lý trên địa bàn tỉnh là 2.372 (trong đó, cấp tỉnh 1.946 TTHC, cấp xã 426 TTHC).", "426 TTHC", "526 TTHC", 2372)]
    [InlineData("Số người nghiện trên địa bàn là 1922 người. Độ tuổi: từ 14 tuổi đến dưới 16 tuổi: 00; từ đủ 16 đến dưới 18 tuổi: 13; từ đủ 18 tuổi đến 30 tuổi: 629; từ đủ 30 tuổi trở lên: 1280.", ": 629;", ": 639;", 1922)]
    [InlineData("Kết quả thực hiện kiến nghị về xử lý tài chính đã thực hiện 99,71% (trong đó: Số kiến nghị xử lý về tài chính là 95.120.259.153 đồng, số kiến nghị đã thực hiện là 94.848.107.153 đồng, số kiến nghị chưa thực hiện là 272.152.000 đồng).", "272.152.000", "282.152.000", 95120259153)]
    public void A_claim_the_original_states_correctly_is_flagged_when_one_number_changes(string original, string part, string changedPart, double stated)
    {
        var results = CheckRunner.Results(original);
        Assert.Empty(results.Flags);
        var total = part.StartsWith("được ", StringComparison.Ordinal) ? 7.3m : (decimal)stated;
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.SumMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == total);

        var changed = CheckRunner.Flags(original.Replace(part, changedPart, StringComparison.Ordinal));
        Assert.Contains(changed, f => f.Kind == Vocabulary.FlagKinds.SumMismatch && f.Stated!.Number == (decimal)stated);
        Assert.All(changed, f => Assert.Equal(Vocabulary.FlagKinds.SumMismatch, f.Kind));
    }

    [Fact]
    public void A_footnote_breakdown_leaves_out_what_ngoài_ra_or_không_tính_sets_apart_and_catches_a_changed_item_far_from_the_total()
    {
        const string paragraph = "Về lâm nghiệp: tuyên truyền nhân dân bảo vệ rừng. Trong năm trồng được 50,5 ha rừng đạt 101% chỉ tiêu giao.";
        const string note = "Hồi 25 ha; Thông 21 ha; Keo 4,5 ha; không tính 3 ha cây phân tán. Ngoài ra, nhân dân tự trồng 6 ha cây ăn quả.";

        var original = CheckRunner.Results(new ReportFactory().Paragraph(paragraph).Footnote(note));
        Assert.Empty(original.Flags);
        Assert.Contains(original.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 50.5m && c.Computed == 50.5m);

        var flag = Assert.Single(CheckRunner.Flags(new ReportFactory().Paragraph(paragraph).Footnote(note.Replace("Thông 21 ha", "Thông 12 ha", StringComparison.Ordinal))));
        Assert.Equal((50.5m, 41.5m, "fn1"), (flag.Stated!.Number!.Value, flag.Computed!.Value, flag.Location.FootnoteId));
    }

    [Fact]
    public void A_footnote_that_opens_with_trong_đó_is_a_partial_breakdown()
    {
        var results = CheckRunner.Results(new ReportFactory().Paragraph("Tổng chi ngân sách địa phương là 40.554 tỷ đồng, bằng 89,9% dự toán.").Footnote("Trong đó: chi đầu tư phát triển 3.757 tỷ đồng; chi thường xuyên 26.798 tỷ đồng."));

        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Status == CheckStatus.Unverifiable && c.Stated!.Number == 40_554_000_000_000m);
    }

    [Fact]
    public void A_footnote_on_a_paragraph_of_several_figured_sentences_far_from_every_figure_says_nothing()
    {
        const string paragraph = "UBND xã đã chuyển, tặng quà cho các đối tượng chính sách tổng số 373 suất quà =229 triệu đồng và 570 kg gạo. Ngoài ra các doanh nghiệp còn tặng cho học sinh số quà trị giá ước là 150 triệu đồng.";
        const string note = "Quà của huyện 20 suất= 6 triệu đồng; Quân khu I tặng 20 suất=10 triệu đồng; Quà Bộ Quốc phòng 50 suất=50 triệu đồng; Quà của tỉnh 249 suất=162,4 triệu đồng.";

        Assert.DoesNotContain(CheckRunner.Results(new ReportFactory().Paragraph(paragraph).Footnote(note)).Checks, c => c.Status == CheckStatus.Mismatch);
    }

    [Theory]
    [InlineData("Toàn xã có 50 hộ nghèo, trong đó 30 hộ dân tộc thiểu số, 25 hộ có người cao tuổi.")]
    [InlineData("Trong 6 tháng trên địa bàn xảy ra 03 vụ việc trong đó: 01 vụ tàng trữ trái phép chất ma túy, 02 vụ có dấu hiệu vô ý làm chết người, 01 vụ gây rối.")]
    [InlineData("UBND xã tiếp 12 cuộc, trong đó Chủ tịch UBND xã tiếp 4 cuộc; Chủ tịch và công chức chuyên môn tiếp 9 cuộc.")]
    [InlineData("Đến nay, tổng số TTHC thuộc phạm vi quản lý trên địa bàn tỉnh là 2.372 (trong đó, cấp tỉnh 1.946 TTHC, cấp xã 326 TTHC).")]
    public void Counts_after_trong_đó_whose_labels_name_no_exclusive_values_may_overlap_and_stay_unverifiable(string sentence)
    {
        var results = CheckRunner.Results(sentence);

        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.SumMismatch && c.Status == CheckStatus.Unverifiable);
    }

    [Fact]
    public void Chia_thành_N_lớp_divides_pupils_into_classes_and_does_not_break_down_the_count_before_it()
    {
        var results = CheckRunner.Results("Tổng số học sinh là 316 học sinh trong đó: cấp mầm non là 89 trẻ chia thành 6 lớp tăng 02 trẻ so với năm học trước; cấp TH 117 học sinh và THCS là 110 học sinh chia làm 9 lớp giảm 5 lớp so với năm học trước.");

        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 316m && c.Computed == 316m);
    }

    [Theory]
    [InlineData("Tổng số nhiệm vụ được giao là 123, đã hoàn thành đúng hạn 123/123 nhiệm vụ (đạt 100%).", "123/123", "121/123")]
    [InlineData("Có 553/553 TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến (đạt 100%).", "553/553", "535/553")]
    public void A_percentage_opening_the_parentheses_that_close_a_fractions_clause_is_its_ratio(string original, string fraction, string changedFraction)
    {
        var results = CheckRunner.Results(original);
        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.RatioMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 100m);

        var flag = Assert.Single(CheckRunner.Flags(original.Replace(fraction, changedFraction, StringComparison.Ordinal)));
        Assert.Equal((Vocabulary.FlagKinds.RatioMismatch, 100m), (flag.Kind, flag.Stated!.Number!.Value));
    }

    [Theory]
    [InlineData(": 619;")]
    [InlineData(": 639; từ đủ 16")]
    public void Age_brackets_short_of_the_total_or_out_of_order_are_not_an_error(string changed)
    {
        const string text = "Số người nghiện trên địa bàn là 1922 người. Độ tuổi: từ 14 tuổi đến dưới 16 tuổi: 00; từ đủ 16 đến dưới 18 tuổi: 13; từ đủ 18 tuổi đến 30 tuổi: 629; từ đủ 30 tuổi trở lên: 1280.";

        // Short of the total: people under 14 may be counted in it. Brackets that overlap (16 listed again) may count a person twice.
        var changedText = changed == ": 619;" ? text.Replace(": 629;", changed, StringComparison.Ordinal) : text.Replace(": 629; từ đủ 30", changed, StringComparison.Ordinal);
        Assert.Empty(CheckRunner.Flags(changedText));
    }

    [Fact]
    public void A_share_of_the_plan_the_sentence_opens_with_is_the_amount_over_the_plan()
    {
        const string text = "+ Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; vốn năm 2024 chuyển sang là 2.548 tỷ đồng), đã giải ngân được 9.400 tỷ đồng, đạt 42,5% kế hoạch.";

        var results = CheckRunner.Results(text);
        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.RatioMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 42.5m);
        var flag = Assert.Single(CheckRunner.Flags(text.Replace("42,5%", "45,2%", StringComparison.Ordinal)));
        Assert.Equal((Vocabulary.FlagKinds.RatioMismatch, 45.2m), (flag.Kind, flag.Stated!.Number!.Value));

        // A percentage that names no plan (so với cùng kỳ) compares with something else.
        Assert.DoesNotContain(CheckRunner.Results(text.Replace("42,5% kế hoạch", "45,2% so với cùng kỳ", StringComparison.Ordinal)).Checks, c => c.Kind == Vocabulary.FlagKinds.RatioMismatch);
    }

    [Fact]
    public void A_bare_percentage_in_parentheses_after_a_fraction_is_a_threshold_not_its_share()
    {
        Assert.Empty(CheckRunner.Flags("- Có 122/124 UBND cấp xã đạt yêu cầu về tỷ lệ khảo sát tối thiểu (10%) và số lượng phiếu khảo sát tối thiểu (50 phiếu)."));
    }

    [Fact]
    public void A_list_items_figure_is_the_one_after_its_label_colon_not_a_number_inside_the_label()
    {
        string[] Paragraphs(string third) =>
        [
            "Qua rà soát, trên địa bàn tỉnh có 3149 trường hợp thuộc diện quản lý theo điều 256a, cụ thể:",
            "+ Đang trong thời hạn cai nghiện ma túy theo quy định: 1986 người;",
            "+ Đang trong thời hạn quản lý sau cai nghiện ma túy: 1059 người;",
            $"+ Đang trong thời hạn 02 năm kể từ ngày hết thời hạn quản lý sau cai nghiện: {third} người.",
        ];

        Assert.Contains(CheckRunner.Results(Paragraphs("104")).Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 3149m && c.Computed == 3149m);
        var flag = Assert.Single(CheckRunner.Flags(Paragraphs("114")));
        Assert.Equal((3149m, 3159m), (flag.Stated!.Number!.Value, flag.Computed!.Value));
    }

    [Fact]
    public void A_footnote_cited_without_a_figure_breaks_down_the_total_the_next_paragraph_names()
    {
        static ReportFactory Report(string maize) => new ReportFactory()
            .Paragraph("Chỉ đạo nhân dân làm đất cho gieo trồng vụ xuân, vụ mùa, diện tích gieo trồng trong năm đạt và vượt chỉ tiêu giao.")
            .Footnote($"Kết quả: Diện tích lúa xuân cấy được 88,1 ha, ngô xuân trồng được {maize} ha. Diện tích lúa mùa cấy được 148,6 ha, ngô mùa trồng được 14,5 ha.")
            .Paragraph("Tổng diện tích gieo trồng trong năm 279,5ha, sản lượng lương thực đạt 1195,7 tấn.");

        Assert.Contains(CheckRunner.Results(Report("28,3")).Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 279.5m);
        var flag = Assert.Single(CheckRunner.Flags(Report("38,3")));
        Assert.Equal((279.5m, 289.5m, "fn1"), (flag.Stated!.Number!.Value, flag.Computed!.Value, flag.Location.FootnoteId));

        // Cited from elsewhere, the note may list only some crops: a sum short of the total says nothing certain.
        Assert.Empty(CheckRunner.Flags(Report("18,3")));
    }

    [Fact]
    public void A_small_footnote_count_one_item_off_its_single_figure_is_flagged()
    {
        static ReportFactory Report(string second) => new ReportFactory()
            .Paragraph("Tiếp công dân: Trong năm 2023 Chủ tịch UBND xã và cán bộ, công chức liên quan tiếp 03 lượt công dân liên quan đến tranh chấp đất đai.")
            .Footnote($"01 lượt/01 công dân liên quan đến việc cấp giấy chứng nhận. {second} lượt/01 công dân liên quan đến việc tự ý vào rừng. 01 lượt/01 công dân liên quan đến tranh chấp ranh giới.");

        Assert.Empty(CheckRunner.Flags(Report("01")));
        var flag = Assert.Single(CheckRunner.Flags(Report("02")));
        Assert.Equal((3m, 4m), (flag.Stated!.Number!.Value, flag.Computed!.Value));
    }
}

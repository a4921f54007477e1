using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Claims read the way a careful reader reads them. The false alarms are sentences of /work/shared/real; the broken sums are seed
/// and corpus sentences changed so that their arithmetic fails, beside the originals, which must be recognized and consistent.
/// </summary>
public class ClaimReadingTests
{
    [Theory]
    [InlineData("- Cụm thi đua các xã, phường, thị trấn: 01 cụm (riêng huyện Khoái Châu và huyện Ân Thi: 02 cụm);")]
    [InlineData("Độ tuổi: từ 14 tuổi đến dưới 16 tuổi: 00; từ đủ 16 đến dưới 18 tuổi: 13; từ đủ 18 tuổi đến 30 tuổi: 629; từ đủ 30 tuổi trở lên: 1280.")]
    [InlineData("Lũy kế giải ngân kế hoạch vốn đầu tư công đến ngày 10/12/2025 đạt 9.037/17.454 tỷ đồng, đạt 51,8% kế hoạch năm 2025.")]
    [InlineData("Kết quả thực hiện kiến nghị về xử lý tài chính đã thực hiện 99,71% (trong đó: Số kiến nghị xử lý về tài chính là 95.120.259.153 đồng, số kiến nghị đã thực hiện là 94.848.107.153 đồng, số kiến nghị chưa thực hiện là 272.152.000 đồng); kết quả thực hiện kiến nghị khác về xử lý tài chính đã thực hiện 99,96% (trong đó: Số kiến nghị xử lý khác về Tài chính là 343.122.991.249 đồng, số kiến nghị đã thực hiện là 343.001.552.249 đồng, số kiến nghị chưa thực hiện là 121.439.000 đồng).")]
    [InlineData("Cấp huyện tiếp nhận 1.171/1.310 hồ sơ và cấp xã 9.823/11.392 hồ sơ, đạt 89,4% và 86,2%.")]
    [InlineData("Điểm số trung bình của các cơ quan chuyên môn thuộc UBND tỉnh đạt 12,15/15 điểm, chỉ số đạt 80,998%; chỉ số cao nhất là 84,893% (Thanh tra tỉnh).")]
    [InlineData("Điểm số trung bình của cấp xã đạt 10,564/15 điểm, chỉ số đạt 70,424%.")]
    [InlineData("Trong năm đã triển khai nền tảng Công nghiệp 4.0 và phiên bản 2.1.3 của phần mềm, tỷ lệ lỗi còn 0.65%.")]
    public void Real_sentences_that_raised_false_alarms_raise_none(string sentence)
    {
        var results = CheckRunner.Results(sentence);

        Assert.Empty(results.Flags);
        Assert.DoesNotContain(results.Checks, c => c.Status == CheckStatus.Mismatch);
    }

    [Fact]
    public void A_scale_word_after_a_fraction_scales_both_sides_and_the_ratio_is_consistent()
    {
        var check = Assert.Single(CheckRunner.Results("Lũy kế giải ngân đạt 9.037/17.454 tỷ đồng, đạt 51,8% kế hoạch năm 2025.").Checks);

        Assert.Equal((Vocabulary.FlagKinds.RatioMismatch, CheckStatus.Consistent, 51.8m), (check.Kind, check.Status, check.Stated!.Number!.Value));
    }

    [Fact]
    public void A_percentage_matching_another_fraction_of_the_sentence_is_not_an_error_but_a_wrong_one_is()
    {
        var paired = CheckRunner.Results("Cấp huyện tiếp nhận 1.171/1.310 hồ sơ và cấp xã 9.823/11.392 hồ sơ, đạt 89,4% và 86,2%.");
        Assert.Contains(paired.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 86.2m);

        var broken = CheckRunner.Flags("Tỷ lệ giải quyết của cấp xã là 9.823/11.392 hồ sơ, đạt 88,2%.");
        Assert.Equal(88.2m, Assert.Single(broken).Stated!.Number);
    }

    [Fact]
    public void Dot_decimal_percentages_and_version_names_are_read_not_flagged_and_a_number_to_guess_at_still_is()
    {
        var flags = CheckRunner.Flags("Tang vật thu giữ: 496,239g Heroin; 3.923.7448g ma túy tổng hợp; tỷ lệ tái nghiện 0.65%, ứng dụng Công nghiệp 4.0.");

        var warning = Assert.Single(flags);
        Assert.Equal((Vocabulary.FlagKinds.MalformedNumber, "3.923.7448"), (warning.Kind, warning.Stated!.Text));
    }

    [Fact]
    public void Row_numbers_of_a_statistics_form_are_not_malformed_numbers()
    {
        var table = new Table("t1", null, null, 1,
        [
            [new Cell("STT", 1, 1, null), new Cell("Nội dung", 1, 1, null), new Cell("Đơn vị tính", 1, 1, null), new Cell("Kết quả", 1, 1, null)],
            [new Cell("2.1.", 1, 1, null), new Cell("Số nhiệm vụ đề ra trong kế hoạch", 1, 1, null), new Cell("Nhiệm vụ", 1, 1, null), new Cell("45", 1, 1, 45m)],
            [new Cell("3.2", 1, 1, null), new Cell("Số UBND cấp xã đã kiểm tra", 1, 1, null), new Cell("Cơ quan", 1, 1, null), new Cell("38", 1, 1, 38m)],
            [new Cell("4.1.3", 1, 1, null), new Cell("Số nhiệm vụ quá hạn", 1, 1, null), new Cell("Nhiệm vụ", 1, 1, null), new Cell("1.34", 1, 1, null)],
        ]);

        var warning = Assert.Single(CheckRunner.Flags(new ReportFactory().Table(table)));

        Assert.Equal("1.34", warning.Stated!.Text);
        Assert.Equal(3, warning.Location.Col);
    }

    [Fact]
    public void Percentage_rows_of_a_table_are_not_summed_as_counts()
    {
        string[] rows =
        [
            "4\tGiấy khen\t12\t\t\t\t\t\t",
            "-\tKhen chuyên đề\t7\t\t\t\t\t\t",
            "-\tKhen thường xuyên\t5\t\t\t\t\t\t",
            "-\tKhen thường xuyên, tỷ lệ (%)\t41,7\t\t\t\t\t\t",
        ];

        var results = CheckRunner.Results(new ReportFactory().Table(AwardTables.Build("t1", rows)));

        Assert.Empty(results.Flags);
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 12m);
    }

    [Fact]
    public void A_total_of_class_sizes_in_a_footnote_is_consistent_and_a_changed_class_size_is_flagged()
    {
        const string paragraph = "Tổng số học sinh là 325 với 10 lớp, mỗi khối có 02 lớp.";
        const string note = "Lớp 01: 59 học sinh, lớp 2 là 55 học sinh, khối lớp 3 là 73 học sinh, lớp 4 là 63 học sinh và lớp 5 là 75 học sinh.";

        var original = CheckRunner.Results(new ReportFactory().Paragraph(paragraph).Footnote(note));
        Assert.Empty(original.Flags);
        Assert.Contains(original.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 325m);

        var changed = CheckRunner.Flags(new ReportFactory().Paragraph(paragraph).Footnote(note.Replace("75 học sinh", "85 học sinh", StringComparison.Ordinal)));
        var flag = Assert.Single(changed);
        Assert.Equal((325m, 335m, "fn1"), (flag.Stated!.Number!.Value, flag.Computed!.Value, flag.Location.FootnoteId));
    }

    [Fact]
    public void A_footnote_breakdown_with_an_item_set_apart_is_consistent_and_breaks_when_an_item_changes()
    {
        const string paragraph = "Qua đó đã tiếp nhận 10.994 hồ sơ, cụ thể:";
        const string note = "Cổng DVC Quốc gia: 2.190 hồ sơ; Cổng DVC tỉnh: 8.804 hồ sơ; không kể 150 hồ sơ bị trả lại.";

        var original = CheckRunner.Results(new ReportFactory().Paragraph(paragraph).Footnote(note));
        Assert.Empty(original.Flags);
        Assert.Contains(original.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 10_994m);

        var changed = CheckRunner.Flags(new ReportFactory().Paragraph(paragraph).Footnote(note.Replace("8.804", "8.904", StringComparison.Ordinal)));
        Assert.Equal(11_094m, Assert.Single(changed).Computed);
    }

    [Theory]
    [InlineData("Năm 2023, UBND xã khen thưởng 45 lượt tập thể, cá nhân, gồm 20 tập thể và 25 cá nhân.", "25 cá nhân", "28 cá nhân")]
    [InlineData("Chủ tịch UBND xã tặng giấy khen cho 45 lượt (20 tập thể, 25 cá nhân).", "20 tập thể", "22 tập thể")]
    public void N_lượt_over_collectives_and_individuals_adds_up_and_a_changed_count_is_flagged(string sentence, string part, string changedPart)
    {
        var original = CheckRunner.Results(sentence);
        Assert.Empty(original.Flags);
        Assert.Contains(original.Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 45m);

        var flag = Assert.Single(CheckRunner.Flags(sentence.Replace(part, changedPart, StringComparison.Ordinal)));
        Assert.Equal((Vocabulary.FlagKinds.SumMismatch, 45m), (flag.Kind, flag.Stated!.Number!.Value));
    }

    [Fact]
    public void Classes_split_in_parentheses_add_up_and_a_changed_total_of_classes_is_flagged()
    {
        const string sentence = "Tổng số học sinh là 234 học sinh giảm so với năm học trước 10 học sinh chia thành 14 lớp (TH 138/10 lớp, THCS là 96/4 lớp).";

        Assert.Contains(CheckRunner.Results(sentence).Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 14m);
        Assert.Equal(15m, Assert.Single(CheckRunner.Flags(sentence.Replace("14 lớp", "15 lớp", StringComparison.Ordinal))).Stated!.Number);
    }

    [Theory]
    [InlineData("Ngô xuân: 80 ha", "Ngô xuân: 90 ha")]
    [InlineData("là 170,2 ha", "là 160,2 ha")]
    [InlineData("là 170,2 ha", "là 180,2 ha")]
    public void A_trong_đó_area_split_adds_up_and_a_changed_share_or_total_is_flagged(string original, string changed)
    {
        const string sentence = "- Về trồng trọt: Tổng diện tích gieo trồng đến thời điểm này cơ bản hoàn thành và đạt kế hoạch đề ra là 170,2 ha, trong đó: Thuốc lá 25,2 ha, đạt 100% KH, năng suất ước đạt 23 tạ/ha, sản lượng ước đạt 579,6 tấn; Ngô xuân: 80 ha, đạt 100% KH; Lúa xuân: 38 ha, đạt 100% KH; cây thực phẩm 25 ha, đạt 100% KH; cây trồng khác: cỏ voi 2,0 ha.";

        Assert.Contains(CheckRunner.Results(sentence).Checks, c => c.Kind == Vocabulary.FlagKinds.SumMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 170.2m);
        var flag = Assert.Single(CheckRunner.Flags(sentence.Replace(original, changed, StringComparison.Ordinal)), f => f.Kind == Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal(changed.StartsWith("Ngô", StringComparison.Ordinal) ? 180.2m : 170.2m, flag.Computed);
    }

    [Fact]
    public void A_partial_trong_đó_list_short_of_its_total_is_unverifiable_not_an_error()
    {
        var results = CheckRunner.Results("Tổng diện tích tự nhiên là 3.760,69 ha, trong đó diện tích đất trồng lúa 176,39 ha, đất trồng cây hàng năm khác 109,09 ha; đất trồng cây lâu năm 79,84 ha, đất rừng: 3.183,38 ha; đất nuôi trồng thủy sản: 7,80 ha.");

        Assert.Empty(results.Flags);
        var check = Assert.Single(results.Checks, c => c.Kind == Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal((CheckStatus.Unverifiable, 3556.5m), (check.Status, check.Computed!.Value));
        Assert.NotNull(check.Note);
    }

    [Fact]
    public void A_total_followed_by_label_colon_counts_is_read_and_a_number_inside_a_label_is_not_a_part()
    {
        const string text = "Hiện nay số người nghiện ma tuý trên địa bàn là 1922 người. Trong đó: người nghiện ở ngoài xã hội: 814; người nghiện ở trong các Cơ sở cai nghiện: 1084; 24 người nghiện trong nhà tạm giữ: 24.";

        Assert.Contains(CheckRunner.Results(text).Checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 1922m && c.Expression == "814 + 1.084 + 24");

        // People in different places of custody (ngoài xã hội, cơ sở cai nghiện, nhà tạm giữ) do not overlap: a sum above the total is an error.
        var changed = CheckRunner.Results(text.Replace(": 1084", ": 1184", StringComparison.Ordinal));
        Assert.Contains(changed.Flags, f => f.Kind == Vocabulary.FlagKinds.SumMismatch && f.Stated!.Number == 1922m && f.Computed == 2022m);

        // Groups whose labels name no such place may overlap: the same sum above the total is recorded as unverifiable, not raised.
        var overlapping = CheckRunner.Results("Hiện nay số người nghiện ma tuý trên địa bàn là 1922 người. Trong đó: người nghiện có tiền án: 814; người nghiện có tiền sự: 1184; người nghiện là đảng viên: 24.");
        Assert.Empty(overlapping.Flags);
        Assert.Contains(overlapping.Checks, c => c.Status == CheckStatus.Unverifiable && c.Computed == 2022m);
    }

    [Theory]
    [InlineData("+ Năm 2025: 1922 người nghiện, giảm 440 người so với năm 2024 (1922/2362).", CheckStatus.Consistent)]
    [InlineData("So với năm 2014 giảm 16 vụ (338/322), 49 đối tượng (580/629).", CheckStatus.Consistent)]
    [InlineData("So với năm 2015 tăng 68 vụ (209/155), 84 đối tượng (664/580).", CheckStatus.Mismatch)]
    [InlineData("So với năm 2023 tăng 102 vụ (1152/1050), 9398 đối tượng (2079/1681).", CheckStatus.Mismatch)]
    [InlineData("+ Năm 2011: 2126 người nghiện, giảm 24 người so với năm 2010 (2126/2102).", CheckStatus.Mismatch)]
    public void A_change_with_its_two_figures_in_parentheses_is_checked(string sentence, string worst)
    {
        var checks = CheckRunner.Results(sentence).Checks.Where(c => c.Kind == Vocabulary.FlagKinds.DifferenceMismatch).ToList();

        Assert.NotEmpty(checks);
        Assert.Equal(worst, checks.Any(c => c.Status == CheckStatus.Mismatch) ? CheckStatus.Mismatch : CheckStatus.Consistent);
        Assert.DoesNotContain(checks, c => c.Status == CheckStatus.Consistent && c.Stated!.Number == 68m);
    }

    [Fact]
    public void Parts_named_by_their_subject_and_their_shares_of_the_total_are_checked()
    {
        const string sentence = "Tổng số hồ sơ các sở, ngành đã giải quyết là 195.197 hồ sơ; trong đó: Số hồ sơ giải quyết trước và đúng hạn là 193.457 (tỷ lệ 99,1%), số hồ sơ giải quyết trễ hạn là 1.740 (tỷ lệ 0,9%).";

        var checks = CheckRunner.Results(sentence).Checks;

        Assert.Contains(checks, c => c.Kind == Vocabulary.FlagKinds.SumMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 195_197m);
        Assert.Contains(checks, c => c.Kind == Vocabulary.FlagKinds.RatioMismatch && c.Status == CheckStatus.Consistent && c.Stated!.Number == 99.1m);
        var flag = Assert.Single(CheckRunner.Flags(sentence.Replace("99,1%", "98,1%", StringComparison.Ordinal)));
        Assert.Equal(Vocabulary.FlagKinds.RatioMismatch, flag.Kind);
    }
}

using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Vietnamese.Numbers;

/// <summary>The patterns whose context (the word before the number) stands in a lookbehind: the span is the number alone.</summary>
public sealed class ProtectedSpansTests
{
    /// <summary>The protected runs of the text, in order.</summary>
    private static string[] Protected(string text)
    {
        var mask = ProtectedSpans.Mask(text);
        var runs = new List<string>();
        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i]) continue;
            var start = i;
            while (i < mask.Length && mask[i]) i++;
            runs.Add(text[start..i]);
        }

        return [.. runs];
    }

    private static string[] Quantities(string text) => QuantityScanner.Scan(text).Quantities.Select(q => q.Text).ToArray();

    [Theory]
    [InlineData("Kết quả năm 2024 của xã")]
    [InlineData("Tổng kết NĂM 2024")]
    [InlineData("Chương trình năm học 2024 đạt kết quả tốt")]
    [InlineData("Đại biểu nhiệm kỳ 2020 được bầu")]
    [InlineData("Vui xuân 2024 có 5 hộ tham gia")]
    [InlineData("Chăm lo Tết 2025 cho hộ nghèo")]
    [InlineData("Học viên khóa 2019 tốt nghiệp")]
    [InlineData("Thực hiện giai đoạn 2021 của đề án")]
    public void A_year_after_its_word_is_protected_without_the_word(string text)
    {
        var year = Assert.Single(Protected(text));
        Assert.Matches(@"^20\d\d$", year);
    }

    [Fact]
    public void A_year_after_its_word_is_not_a_quantity_even_before_a_unit()
    {
        Assert.Equal(["15 hộ"], Quantities("Năm 2023 hộ nghèo giảm còn 15 hộ"));
        Assert.Equal(["2024 hộ"], Quantities("Toàn xã đạt 2024 hộ"));
        Assert.Empty(Protected("Toàn xã đạt 2024 hộ"));
    }

    [Theory]
    [InlineData("Kỷ niệm ngày 2/9 có 150 người tham dự", "2/9")]
    [InlineData("Nhân dịp lễ 2/9 có 150 người tham dự", "2/9")]
    [InlineData("Nhân dịp 30/4 có 150 người tham dự", "30/4")]
    [InlineData("Tính đến 1/5 có 150 người tham dự", "1/5")]
    [InlineData("Từ 15/10 có 150 người tham dự", "15/10")]
    public void A_day_and_month_after_its_word_is_protected_without_the_word(string text, string dayMonth)
    {
        Assert.Equal([dayMonth], Protected(text));
        Assert.Equal(["150 người"], Quantities(text));
    }

    [Fact]
    public void A_day_and_month_without_its_word_is_a_fraction()
    {
        Assert.Empty(Protected("Đạt 2/9 tiêu chí"));
        var fraction = Assert.Single(QuantityScanner.Scan("Đạt 2/9 tiêu chí").Quantities);
        Assert.Equal((2m, 9m), (fraction.Value, fraction.Denominator!.Value));
    }

    [Fact]
    public void A_range_of_days_is_protected_whole()
    {
        Assert.Equal(["30/4 - 1/5"], Protected("Thời gian 30/4 - 1/5 có 150 người trực"));
        Assert.Equal(["150 người"], Quantities("Thời gian 30/4 - 1/5 có 150 người trực"));
    }

    [Fact]
    public void A_range_of_days_after_its_word_is_protected_whole()
    {
        Assert.Equal(["30/4 - 1/5"], Protected("Nghỉ lễ từ 30/4 - 1/5 có 150 người trực"));
        Assert.Equal(["150 người"], Quantities("Nghỉ lễ từ 30/4 - 1/5 có 150 người trực"));
    }

    [Theory]
    [InlineData("Đạt Tiêu chí 8 về nhà ở", "8")]
    [InlineData("Tiêu chí số: 8 đạt", "8")]
    [InlineData("Học sinh lớp 12 tham gia", "12")]
    [InlineData("Thực hiện Quyết định 49 của tỉnh", "49")]
    [InlineData("Vận động 16 hộ ở mốc 1.158 hiến đất", "1.158")]
    public void A_label_number_is_protected_without_the_label(string text, string number)
    {
        Assert.Equal([number], Protected(text));
        Assert.DoesNotContain(QuantityScanner.Scan(text).Quantities, q => q.Text.StartsWith(number, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_number_leaves_the_other_numbers_of_the_sentence_alone()
    {
        Assert.Equal(["6"], Protected("Lớp 6 có 30 học sinh"));
        Assert.Equal(["30 học sinh"], Quantities("Lớp 6 có 30 học sinh"));
    }

    [Theory]
    [InlineData("Hỗ trợ mức 5 triệu đồng mỗi hộ", "5 triệu đồng", 5_000_000)]
    [InlineData("Người cao tuổi 60 tuổi được chúc thọ", "60 tuổi", 60)]
    [InlineData("Có 25 hộ ở độ tuổi 18 tuổi", "18 tuổi", 18)]
    public void A_label_number_followed_by_a_unit_or_scale_is_a_quantity(string text, string quantity, int value)
    {
        Assert.Empty(Protected(text));
        var found = Assert.Single(QuantityScanner.Scan(text).Quantities, q => q.Text == quantity);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void The_number_of_a_code_with_letters_is_protected()
    {
        // Only the digits of a span matter to the scan, so the letters before the dash or dot stay out of it.
        Assert.Equal(["-12"], Protected("Xe mang biển ABC-12 chở 5 hộ"));
        Assert.Equal(["5 hộ"], Quantities("Xe mang biển ABC-12 chở 5 hộ"));
        Assert.Equal([".1"], Protected("Dọc tuyến QL.1 có 30 hộ"));
        Assert.Equal(["30 hộ"], Quantities("Dọc tuyến QL.1 có 30 hộ"));
    }

    [Fact]
    public void A_text_without_any_protected_span_has_a_clear_mask()
    {
        Assert.All(ProtectedSpans.Mask("Toàn xã có 1.250 hộ, đạt 98,5%"), Assert.False);
        Assert.Empty(ProtectedSpans.Mask(string.Empty));
    }
}

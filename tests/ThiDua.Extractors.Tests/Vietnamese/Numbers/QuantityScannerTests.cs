using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Vietnamese.Numbers;

public class QuantityScannerTests
{
    private static string Describe(Quantity q) =>
        q.Denominator is { } d
            ? $"{Plain(q.Value)}/{Plain(d.Value)} {q.Unit}".Trim()
            : $"{Plain(q.Value)} {q.Unit}".Trim();

    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string[] Read(string text) => QuantityScanner.Scan(text).Quantities.Select(Describe).ToArray();

    [Fact]
    public void Reads_thousands_dots_decimal_commas_and_units()
    {
        var found = Read("có đường biên giáp Trung Quốc dài 13,925 km với 23 mốc (19 mốc chính, 04 mốc phụ). Tổng diện tích tự nhiên là 3.760,69 ha; 364 hộ dân với 1.731 nhân khẩu");
        Assert.Equal(["13.925 km", "23 mốc", "19 mốc", "4 mốc", "3760.69 ha", "364 hộ", "1731 nhân khẩu"], found);
    }

    [Fact]
    public void Reads_fractions_with_inherited_and_written_units()
    {
        Assert.Equal(["149.2/145 ha", "102.9 %", "100.06 %"], Read("Lúa cả năm thực hiện được 149,2/145 ha bằng 102,9% so với kế hoạch và bằng 100,06% so với cùng kỳ 2022"));
        Assert.Equal(["17.31/13.4 ha", "29.1 %"], Read("Rau đậu đỗ các loại thực hiện được 17,31 ha/13,4 ha vượt 29,1% so với kế hoạch"));
        Assert.Equal(["17830000/14000000 đồng", "127.36 %"], Read("Thu ngân sách nhà nước trên địa bàn: 17.830.000 đồng/14.000.000 đồng bằng 127,36% kế hoạch huyện giao"));
    }

    [Fact]
    public void Reads_scales_rates_and_money_abbreviations()
    {
        Assert.Equal(["40 suất", "835000 đồng/suất", "33400000 đồng"], Read("tặng 40 suất quà x 835.000 đồng/suất= 33,4 triệu đồng"));
        Assert.Equal(["25.2 ha", "100 %", "23 tạ/ha", "579.6 tấn"], Read("Thuốc lá 25,2 ha, đạt 100% KH, năng suất ước đạt 23 tạ/ha, sản lượng ước đạt 579,6 tấn"));
        Assert.Equal(["5490000/5000000 đồng", "127.6 %"], Read("Phí, lệ phí: 5.490.000đ/5.000.000 đồng bằng 127,6 % kế hoạch"));
    }

    [Fact]
    public void Leaves_dates_symbols_phones_and_labels_alone()
    {
        Assert.Empty(Read("Quyết định số 1239/QĐ-UBND ngày 03/5/2024; Nghị định 137/NĐ-CP; Điện thoại: 0253.837.329."));
        Assert.Empty(Read("Tân Hoà, ngày 15 tháng 12 năm 2023; Chỉ thị số 02/CT-UBND ngày 16/01/2024"));
        Assert.Equal(["10431 con", "77.85 %"], Read("Tại thời điểm điều tra 1/10/2023 tổng vật nuôi của xã là 10.431 con đạt 77,85% kế hoạch"));
        Assert.Equal(["16 hộ", "4300 m"], Read("Vận động 16 hộ hiến đất làm đường mốc 1158 được 4300m."));
    }

    [Fact]
    public void Reports_malformed_numbers_and_never_guesses()
    {
        var scan = QuantityScanner.Scan("Ngô cả năm thực hiện được 13,5/12 ha bằng 112,% so với kế hoạch; chứng thực bản sao từ bản chính 1.34 việc; Thu ngân sách nhà nước trên địa bàn: 2.239.990,863 hoàn thành 58,63%");
        Assert.Equal(["112,", "1.34", "2.239.990,863"], scan.Malformed.Select(m => m.Text).ToArray());
        Assert.DoesNotContain(scan.Quantities, q => q.Value == 112m || q.Value == 1.34m || q.Value == 2239990.863m);
    }

    [Fact]
    public void Ratio_with_percent_after_tex_markup()
    {
        Assert.Equal(["1450/2379", "60.09 %"], Read("lũy kế từ năm 2012 là $1450/2379 = 60,09\\%$ kế hoạch"));
    }

    [Fact]
    public void Absurdly_long_numbers_are_malformed_not_an_overflow()
    {
        var scan = QuantityScanner.Scan("Tổng vốn 1234567890123456789012 tỷ đồng.");
        Assert.Empty(scan.Quantities);
        Assert.Single(scan.Malformed);
    }

    [Fact]
    public void A_text_without_a_digit_gives_the_shared_empty_result()
    {
        Assert.Same(ScanResult.Empty, QuantityScanner.Scan("Phong trào thi đua được triển khai sâu rộng trong toàn xã."));
        Assert.Same(ScanResult.Empty, QuantityScanner.Scan(string.Empty));
    }

    [Fact]
    public void A_text_whose_digits_are_all_protected_gives_the_shared_empty_result()
    {
        Assert.Same(ScanResult.Empty, QuantityScanner.Scan("Thực hiện Quyết định số 1239/QĐ-UBND ngày 03/5/2024 của UBND huyện"));
    }

    [Fact]
    public void A_text_with_a_quantity_gives_its_own_result()
    {
        var scan = QuantityScanner.Scan("Toàn xã có 1.250 hộ");
        Assert.NotSame(ScanResult.Empty, scan);
        Assert.Equal(1250m, Assert.Single(scan.Quantities).Value);
    }
}

using ThiDua.Extractors.Tests.Checks;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Vietnamese.Numbers;

public class FigureExtractorTests
{
    [Fact]
    public void Extracts_figures_with_units_and_block_ids_and_keeps_malformed_as_written()
    {
        var report = new ReportFactory()
            .Paragraph("Tổng diện tích tự nhiên là 3.760,69 ha; thu nhập trung bình đầu người năm 2023 ước khoảng 20 triệu đồng; Ngô 13,5/12 ha bằng 112,% so với kế hoạch.")
            .Footnote("Đàn trâu có 56 con.")
            .Build();
        var figures = new FigureExtractor().Extract(report);
        Assert.Equal(
            [("3760.69", "ha", "b1"), ("20000000", "đồng", "b1"), ("13.5", "ha", "b1"), ("12", "ha", "b1"), ("", "", "b1"), ("56", "con", "fn1")],
            figures.Select(f => (f.Value is { } v ? (v / 1.0000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, f.Unit ?? string.Empty, f.BlockId ?? string.Empty)).ToArray());
        Assert.Equal("112,", figures[4].Text);
    }
}

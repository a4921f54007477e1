using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class HeadingLabelParserTests
{
    [Theory]
    [InlineData("Phần thứ nhất", HeadingKind.Part, "Phần thứ nhất", "")]
    [InlineData("PHẦN II: PHƯƠNG HƯỚNG", HeadingKind.Part, "PHẦN II", "PHƯƠNG HƯỚNG")]
    [InlineData("Phần I", HeadingKind.Part, "Phần I", "")]
    [InlineData("I. ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO", HeadingKind.Roman, "I.", "ĐÁNH GIÁ CÔNG TÁC LÃNH ĐẠO")]
    [InlineData("I-ĐẶC ĐIỂM TÌNH HÌNH", HeadingKind.Roman, "I-", "ĐẶC ĐIỂM TÌNH HÌNH")]
    [InlineData("I – NHỮNG THÀNH TỰU CHỦ YẾU", HeadingKind.Roman, "I –", "NHỮNG THÀNH TỰU CHỦ YẾU")]
    [InlineData("IV. CÔNG TÁC KHEN THƯỞNG", HeadingKind.Roman, "IV.", "CÔNG TÁC KHEN THƯỞNG")]
    [InlineData("1. Công tác lãnh đạo, chỉ đạo", HeadingKind.Arabic1, "1.", "Công tác lãnh đạo, chỉ đạo")]
    [InlineData("2.2 Kết quả ra quân đầu xuân", HeadingKind.Arabic2, "2.2", "Kết quả ra quân đầu xuân")]
    [InlineData("2.2.1. Trồng trọt", HeadingKind.Arabic3, "2.2.1.", "Trồng trọt")]
    [InlineData("a) Nông nghiệp: Tổng diện tích", HeadingKind.Letter, "a)", "Nông nghiệp: Tổng diện tích")]
    [InlineData("đ) Công tác khác", HeadingKind.Letter, "đ)", "Công tác khác")]
    public void Recognises_typed_numbering(string line, HeadingKind kind, string numbering, string rest)
    {
        var label = HeadingLabelParser.Parse(line);
        Assert.NotNull(label);
        Assert.Equal(kind, label.Kind);
        Assert.Equal(numbering, label.Numbering);
        Assert.Equal(rest, label.Rest);
    }

    [Theory]
    [InlineData("6 THÁNG ĐẦU NĂM 2024")]
    [InlineData("1.731 nhân khẩu sinh sống trên địa bàn")]
    [InlineData("10.300 con gia cầm")]
    [InlineData("16/01/2024 UBND xã ban hành")]
    [InlineData("Phần lớn diện tích là đất rừng")]
    [InlineData("CÔNG TÁC THI ĐUA")]
    [InlineData("- Dự án làm đường lên mốc 1156")]
    [InlineData("Lưu: VT")]
    public void Does_not_take_numbers_or_words_for_labels(string line) => Assert.Null(HeadingLabelParser.Parse(line));
}

using ThiDua.Extractors.Legacy;

namespace ThiDua.Extractors.Tests.Legacy;

public class MojibakeDetectorTests
{
    [Theory]
    [InlineData("B¸o c¸o kÕt qu¶ c«ng t¸c thi ®ua, khen th\u00ADëng n¨m 2023", LegacyEncoding.Tcvn3)]
    [InlineData("Baùo caùo keát quaû coâng taùc thi ñua, khen thöôûng naêm 2023", LegacyEncoding.Vni)]
    [InlineData("Ba'o ca'o ke^'t qua? co^ng ta'c thi dda ddua, khen thu+o+?ng", LegacyEncoding.Viqr)]
    public void Legacy_text_is_recognized_with_its_encoding(string text, LegacyEncoding expected) =>
        Assert.Equal(expected, MojibakeDetector.Detect(text));

    [Theory]
    [InlineData("Báo cáo kết quả công tác thi đua, khen thưởng năm 2023")]
    [InlineData("Hoà Bình, ngày 15 tháng 12")]
    [InlineData("Diện tích 1.250 m², nhiệt độ 30°C, sai số ±5%")]
    [InlineData("What is it? It's a test (a draft). See A.1 and B.2.")]
    [InlineData("Phòng Nội vụ © 2024")]
    public void Unicode_and_plain_text_are_left_alone(string text) =>
        Assert.Equal(LegacyEncoding.None, MojibakeDetector.Detect(text));

    /// <summary>VNI's one-character letters (Ñ đ-capital, ô ơ, ò ị) read as TCVN3 too: the document's encoding decides.</summary>
    [Theory]
    [InlineData(LegacyEncoding.Vni)]
    [InlineData(LegacyEncoding.Tcvn3)]
    public void Text_that_reads_both_ways_takes_the_preferred_encoding(LegacyEncoding preferred) =>
        Assert.Equal(preferred, MojibakeDetector.Detect("Ñôn vò tính", preferred));

    /// <summary>VNI decoding that composes letters from vowels and marks is Vietnamese even when every letter is in Latin-1.</summary>
    [Fact]
    public void VNI_composing_Latin1_letters_is_recognized() =>
        Assert.Equal(LegacyEncoding.Vni, MojibakeDetector.Detect("Raø soaùt VBQPPL", LegacyEncoding.Vni));

    [Fact]
    public void A_stray_symbol_in_a_Unicode_sentence_without_Vietnamese_only_letters_is_not_decoded()
    {
        Assert.Equal(LegacyEncoding.None, MojibakeDetector.Detect("Logo ® của công ty"));
    }
}

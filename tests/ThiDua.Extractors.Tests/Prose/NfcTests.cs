using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Tests.Prose;

public sealed class NfcTests
{
    [Fact]
    public void Composes_decomposed_vietnamese()
    {
        var decomposed = "Tiến".Normalize(NormalizationForm.FormD);
        Assert.Equal("Tie\u0302\u0301n", decomposed);
        Assert.Equal("Ti\u1EBFn", Nfc.Normalize(decomposed));
    }

    [Fact]
    public void Composes_a_decomposed_sentence_to_the_precomposed_one()
    {
        const string composed = "Phong trào thi đua yêu nước được đẩy mạnh; khen thưởng kịp thời.";
        var result = Nfc.Normalize(composed.Normalize(NormalizationForm.FormD));
        Assert.Equal(composed, result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_mark_after_a_precomposed_letter_is_composed_further()
    {
        Assert.Equal("Tiến", Nfc.Normalize("Tiê\u0301n"));
        Assert.Equal("Đạt", Nfc.Normalize("Đa\u0323t"));
    }

    [Theory]
    [InlineData("Báo cáo tổng kết công tác thi đua – khen thưởng năm 2024")]
    [InlineData("Ủy ban nhân dân xã Đồng Tiến: “Lao động tiên tiến” đạt 100%…")]
    [InlineData("")]
    [InlineData("Ω → ∑ 漢字")] // outside the quick-check ranges, but already NFC
    public void Returns_the_same_instance_for_text_already_composed(string text)
    {
        Assert.Same(text, Nfc.Normalize(text));
    }

    [Theory]
    [InlineData("Điện trở 10 \u2126", "Điện trở 10 \u03A9")] // OHM SIGN is a singleton: NFC maps it to GREEK CAPITAL OMEGA
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo compose to a syllable
    [InlineData("a\u0340", "à")] // COMBINING GRAVE TONE MARK is a singleton too
    [InlineData("\u212B", "Å")] // ANGSTROM SIGN
    public void Text_outside_the_quick_check_is_normalized_as_string_Normalize_does(string text, string expected)
    {
        Assert.Equal(expected, text.Normalize(NormalizationForm.FormC));
        Assert.Equal(expected, Nfc.Normalize(text));
    }

    [Fact]
    public void Null_is_refused() => Assert.Throws<ArgumentNullException>(() => Nfc.Normalize(null!));

    private static readonly string[] Alphabet =
    [
        "a", "T", "đ", "Đ", " ", ".", "1", "–", "“",
        "ế", "ư", "ơ", "ạ", "ầ", "Ỹ", "ê", "e", "o", "u",
        "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302",
        "\u2126", "\u1100", "\u1161", "\u11A8", "\uAC00",
    ];

    private static Arbitrary<string> Texts() => Gen.Elements(Alphabet).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property Equals_string_Normalize_FormC() =>
        Prop.ForAll(Texts(), text => Assert.Equal(text.Normalize(NormalizationForm.FormC), Nfc.Normalize(text)));

    [Property(MaxTest = 1000)]
    public Property Returns_the_input_instance_when_it_is_already_NFC() =>
        Prop.ForAll(Texts(), text =>
        {
            var composed = text.Normalize(NormalizationForm.FormC);
            Assert.Same(composed, Nfc.Normalize(composed));
        });
}

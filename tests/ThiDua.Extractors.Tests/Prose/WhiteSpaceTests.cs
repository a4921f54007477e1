using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Tests.Prose;

public sealed class WhiteSpaceTests
{
    [Fact]
    public void Folds_each_run_of_tabs_no_break_spaces_and_newlines_to_one_space()
    {
        Assert.Equal("Tổng số hộ nghèo giảm còn 15 hộ", WhiteSpace.Collapse("Tổng\t số  hộ\u00A0nghèo\r\n giảm còn\u00A0\u00A015 hộ"));
    }

    [Theory]
    [InlineData("\u2003")] // em space
    [InlineData("\u3000")] // ideographic space
    [InlineData("\u2028")] // line separator
    [InlineData("\u202F")] // narrow no-break space
    [InlineData("\u0085")] // next line
    [InlineData("\v\f")]
    public void Other_unicode_spaces_are_white_space_too(string space)
    {
        Assert.Equal("thi đua khen thưởng", WhiteSpace.Collapse("thi" + space + "đua " + space + " khen" + space + space + "thưởng"));
    }

    [Fact]
    public void Leading_and_trailing_runs_are_folded_not_trimmed()
    {
        Assert.Equal(" Thi đua ", WhiteSpace.Collapse("\t\tThi  đua\n"));
    }

    [Fact]
    public void Zero_width_space_is_white_space_only_when_asked()
    {
        const string text = "Thi\u200Bđua \u200B khen thưởng";
        Assert.Same(text, WhiteSpace.Collapse(text));
        Assert.Equal("Thi đua khen thưởng", WhiteSpace.Collapse(text, zeroWidthIsSpace: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Thi đua khen thưởng")]
    [InlineData(" Báo cáo tổng kết ")]
    [InlineData("Thi\u200Bđua")]
    public void Returns_the_same_instance_when_nothing_needs_folding(string text)
    {
        Assert.Same(text, WhiteSpace.Collapse(text));
    }

    [Fact]
    public void A_single_tab_or_no_break_space_needs_folding()
    {
        Assert.Equal("thi đua", WhiteSpace.Collapse("thi\tđua"));
        Assert.Equal("thi đua", WhiteSpace.Collapse("thi\u00A0đua"));
    }

    [Fact]
    public void Null_is_refused() => Assert.Throws<ArgumentNullException>(() => WhiteSpace.Collapse(null!));

    private static readonly char[] Alphabet = ['a', 'Đ', 'ư', '1', '.', ' ', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000', '\u2028', '\u200B', '\u200B', '\uFEFF', '\u0085'];

    private static Arbitrary<string> Texts() => Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Equals_the_regex_replace_of_white_space_runs() =>
        Prop.ForAll(Texts(), text => Assert.Equal(Regex.Replace(text, @"\s+", " "), WhiteSpace.Collapse(text)));

    [Property(MaxTest = 2000)]
    public Property With_zero_width_as_space_equals_the_regex_replace_including_U200B() =>
        Prop.ForAll(Texts(), text => Assert.Equal(Regex.Replace(text, @"[\s\u200B]+", " "), WhiteSpace.Collapse(text, zeroWidthIsSpace: true)));

    [Property(MaxTest = 2000)]
    public Property Returns_the_input_instance_exactly_when_folding_changes_nothing() =>
        Prop.ForAll(Texts(), text =>
        {
            Assert.Equal(Regex.Replace(text, @"\s+", " ") == text, ReferenceEquals(text, WhiteSpace.Collapse(text)));
            Assert.Equal(Regex.Replace(text, @"[\s\u200B]+", " ") == text, ReferenceEquals(text, WhiteSpace.Collapse(text, zeroWidthIsSpace: true)));
        });
}

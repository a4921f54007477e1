using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Tests.Prose;

public sealed class SentenceSplitterTests
{
    /// <summary>The specification: the pattern the loop replaced, applied per line, pieces trimmed and empty ones dropped.</summary>
    private static readonly Regex Boundary = new(@"(?<=[^\d\s.][.!?]|\d[.!?](?=\s+\p{Lu}))\s+(?=[\p{Lu}\-+*•])");

    private static IReadOnlyList<string> BySpecification(string text) =>
        text.Split('\n').SelectMany(line => Boundary.Split(line)).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [Fact]
    public void Splits_after_a_word_before_a_capital()
    {
        Assert.Equal(
            ["Năm 2024 xã đạt 19/19 tiêu chí nông thôn mới.", "Thu nhập bình quân đạt 65 triệu đồng!", "Đời sống nhân dân ổn định?", "Ủy ban nhân dân xã tiếp tục chỉ đạo."],
            SentenceSplitter.Split("Năm 2024 xã đạt 19/19 tiêu chí nông thôn mới. Thu nhập bình quân đạt 65 triệu đồng! Đời sống nhân dân ổn định? Ủy ban nhân dân xã tiếp tục chỉ đạo."));
    }

    [Theory]
    [InlineData("- Thu ngân sách đạt kế hoạch.")]
    [InlineData("+ Thu ngân sách đạt kế hoạch.")]
    [InlineData("* Thu ngân sách đạt kế hoạch.")]
    [InlineData("• Thu ngân sách đạt kế hoạch.")]
    public void Splits_after_a_word_before_a_bullet(string bulleted)
    {
        Assert.Equal(["Kết quả cụ thể như sau.", bulleted], SentenceSplitter.Split("Kết quả cụ thể như sau. " + bulleted));
    }

    [Fact]
    public void After_a_number_splits_before_a_capital_only()
    {
        Assert.Equal(["Tổng số hộ nghèo là 12.", "Trong đó có 3 hộ cận nghèo."], SentenceSplitter.Split("Tổng số hộ nghèo là 12. Trong đó có 3 hộ cận nghèo."));
        Assert.Equal(["Tổng số hộ nghèo là 12. - giảm 3 hộ."], SentenceSplitter.Split("Tổng số hộ nghèo là 12. - giảm 3 hộ."));
        Assert.Equal(["Tổng số hộ nghèo là 12. • giảm 3 hộ."], SentenceSplitter.Split("Tổng số hộ nghèo là 12. • giảm 3 hộ."));
    }

    [Fact]
    public void Does_not_split_after_two_dots_or_a_space_before_the_mark()
    {
        Assert.Single(SentenceSplitter.Split("Các xã, thị trấn, v.v.. Tiếp tục triển khai."));
        Assert.Single(SentenceSplitter.Split("Hoàn thành kế hoạch . Tiếp tục triển khai."));
    }

    [Fact]
    public void Does_not_split_before_lower_case_or_after_an_ellipsis()
    {
        Assert.Single(SentenceSplitter.Split("Đạt 100% kế hoạch. tiếp tục duy trì."));
        Assert.Single(SentenceSplitter.Split("Đạt 100% kế hoạch… Tiếp tục duy trì."));
    }

    [Fact]
    public void Does_not_split_at_the_end_of_the_text()
    {
        Assert.Equal(["Hoàn thành kế hoạch năm."], SentenceSplitter.Split("Hoàn thành kế hoạch năm. \t "));
    }

    [Fact]
    public void Line_breaks_always_split_and_blank_lines_are_dropped()
    {
        Assert.Equal(["Kết quả đạt được", "tiếp tục duy trì", "12"], SentenceSplitter.Split("Kết quả đạt được\n\n \t\ntiếp tục duy trì\r\n12"));
    }

    [Fact]
    public void Pieces_are_trimmed_and_any_white_space_run_is_a_boundary()
    {
        Assert.Equal(["Câu thứ nhất.", "Câu thứ hai.", "Đoạn cuối."], SentenceSplitter.Split("  Câu thứ nhất.\u00A0\t Câu thứ hai.\u2003Đoạn cuối.  "));
    }

    [Fact]
    public void An_empty_text_has_no_sentence() => Assert.Empty(SentenceSplitter.Split(string.Empty));

    private static readonly char[] Alphabet =
        ['a', 'x', 'đ', 'T', 'Đ', 'Ư', 'Ấ', '1', '9', '.', '.', '!', '?', '…', ' ', ' ', ' ', '\t', '\u00A0', '\u2003', '\r', '\n', '-', '+', '*', '•', '(', '“', '"'];

    [Property(MaxTest = 3000)]
    public Property Cuts_where_the_pattern_it_replaced_cuts()
    {
        var text = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));
        return Prop.ForAll(text.ToArbitrary(), s => Assert.Equal(BySpecification(s), SentenceSplitter.Split(s)));
    }
}

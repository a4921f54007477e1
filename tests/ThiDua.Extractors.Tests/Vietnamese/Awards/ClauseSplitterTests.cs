using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Vietnamese.Awards;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

public sealed class ClauseSplitterTests
{
    /// <summary>The specification: the pattern the loop replaced, applied per line, pieces trimmed and empty ones dropped.</summary>
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?…])\s+(?=[\p{Lu}\d\-+•*(“""])");

    private static List<string> BySpecification(string text) =>
        text.Split('\n').SelectMany(line => SentenceEnd.Split(line)).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [Fact]
    public void Cuts_after_each_end_mark_before_a_capital()
    {
        Assert.Equal(
            ["Xã được tặng Bằng khen.", "Đề nghị tặng Giấy khen!", "Có đúng không?", "Tiếp tục phát huy…", "Ủy ban nhân dân xã trình."],
            ClauseSplitter.Sentences("Xã được tặng Bằng khen. Đề nghị tặng Giấy khen! Có đúng không? Tiếp tục phát huy… Ủy ban nhân dân xã trình."));
    }

    [Theory]
    [InlineData("05 tập thể được tặng Giấy khen.")]
    [InlineData("- 05 tập thể được tặng Giấy khen.")]
    [InlineData("+ 05 tập thể được tặng Giấy khen.")]
    [InlineData("• 05 tập thể được tặng Giấy khen.")]
    [InlineData("* 05 tập thể được tặng Giấy khen.")]
    [InlineData("(05 tập thể được tặng Giấy khen).")]
    [InlineData("“Gia đình văn hóa” 120 hộ.")]
    [InlineData("\"Gia đình văn hóa\" 120 hộ.")]
    public void Cuts_before_a_digit_a_bullet_a_parenthesis_or_a_quote(string next)
    {
        Assert.Equal(["Kết quả khen thưởng năm 2024.", next], ClauseSplitter.Sentences("Kết quả khen thưởng năm 2024. " + next));
    }

    [Fact]
    public void Does_not_cut_before_lower_case_or_without_white_space()
    {
        Assert.Single(ClauseSplitter.Sentences("Tặng Giấy khen cho 5 cá nhân. và 2 tập thể."));
        Assert.Single(ClauseSplitter.Sentences("Tặng Giấy khen cho 5 cá nhân.Tặng Bằng khen cho 2 tập thể."));
    }

    [Fact]
    public void Unlike_the_prose_splitter_cuts_after_two_dots_and_an_ellipsis()
    {
        Assert.Equal(["Các xã, thị trấn, v.v..", "Tiếp tục triển khai."], ClauseSplitter.Sentences("Các xã, thị trấn, v.v.. Tiếp tục triển khai."));
    }

    [Fact]
    public void Line_breaks_always_cut_and_pieces_are_trimmed()
    {
        Assert.Equal(
            ["Tặng Giấy khen cho 5 cá nhân", "và 2 tập thể.", "Đề nghị tặng Bằng khen."],
            ClauseSplitter.Sentences("  Tặng Giấy khen cho 5 cá nhân\r\n\n\t và 2 tập thể.\u00A0 Đề nghị tặng Bằng khen.  "));
    }

    [Fact]
    public void Does_not_cut_at_the_end_of_the_text() =>
        Assert.Equal(["Tặng Giấy khen cho 5 cá nhân."], ClauseSplitter.Sentences("Tặng Giấy khen cho 5 cá nhân.  "));

    private static readonly char[] Alphabet =
        ['a', 'x', 'đ', 'T', 'Đ', 'Ư', '1', '9', '.', '.', '!', '?', '…', ' ', ' ', ' ', '\t', '\u00A0', '\u2003', '\r', '\n', '-', '+', '*', '•', '(', '“', '"', '\''];

    [Property(MaxTest = 3000)]
    public Property Cuts_where_the_pattern_it_replaced_cuts()
    {
        var text = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));
        return Prop.ForAll(text.ToArbitrary(), s => Assert.Equal(BySpecification(s), ClauseSplitter.Sentences(s).ToList()));
    }
}

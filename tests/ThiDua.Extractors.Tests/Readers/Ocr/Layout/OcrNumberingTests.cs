using ThiDua.Extractors.Readers.Ocr.Layout;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Layout;

/// <summary>Heading numbers as OCR misreads them at a line's start, put back; running text left as read.</summary>
public sealed class OcrNumberingTests
{
    [Theory]
    [InlineData("2,", "Kết", "2.")]
    [InlineData("2,1.", "Lĩnh", "2.1.")]
    [InlineData("2,6.", "Về", "2.6.")]
    [InlineData("2.l.", "Công", "2.1.")]
    [InlineData("1O.", "Công", "10.")]
    [InlineData("II,", "KẾT", "II.")]
    [InlineData("3·2.", "“Cao", "3.2.")]
    public void A_misread_heading_number_before_a_capitalised_title_is_repaired(string first, string next, string expected) =>
        Assert.Equal(expected, OcrNumbering.Repair(first, next));

    [Theory]
    [InlineData("2.", "Kết")] // read right
    [InlineData("I.", "ĐÁNH")] // a Roman numeral, not a misread 1
    [InlineData("2,5", "ha")] // a decimal in running text
    [InlineData("2,", "kết")] // a lower-case word follows: not a title
    [InlineData("Z.", "Kết")] // no real digit to go by
    [InlineData("l.", "Công")]
    [InlineData("123,", "Kết")] // heading numbers have parts of one or two digits
    [InlineData("2,1,3,4,5.", "Kết")]
    [InlineData("ha,", "Kết")]
    public void Other_first_words_are_left_as_read(string first, string next) =>
        Assert.Null(OcrNumbering.Repair(first, next));
}

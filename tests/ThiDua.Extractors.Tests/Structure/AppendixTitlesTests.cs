using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class AppendixTitlesTests
{
    [Fact]
    public void A_short_bold_line_without_small_letters_goes_on_with_an_open_title_wherever_it_is_aligned()
    {
        // corpus/pdf-chromium/004.pdf: "TỔNG HỢP CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG" then "202....", both at the
        // margin (Chromium drops LibreOffice's centring); the Word original centres both lines of the one title.
        Assert.True(AppendixTitles.ContinuesTitle(Line("202....", bold: true), formattingKnown: true));
        Assert.True(AppendixTitles.ContinuesTitle(Line("NĂM 2024", bold: false), formattingKnown: true));
        Assert.False(AppendixTitles.IsTitleLine(Line("202....", bold: true), formattingKnown: true));
    }

    [Fact]
    public void Plain_text_a_bold_sentence_and_a_note_in_brackets_do_not_go_on_with_a_title()
    {
        Assert.False(AppendixTitles.ContinuesTitle(Line("2024", bold: false), formattingKnown: true));
        Assert.False(AppendixTitles.ContinuesTitle(Line("Cải cách tổ chức bộ máy", bold: true), formattingKnown: true));
        Assert.False(AppendixTitles.ContinuesTitle(Line("(2024)", bold: true), formattingKnown: true));
        Assert.False(AppendixTitles.ContinuesTitle(Line("202....", bold: true), formattingKnown: false));
    }

    private static LineItem Line(string text, bool bold) =>
        new(new LayoutParagraph([new LayoutRun(text, RunFormat.Plain with { Bold = bold })], ParagraphFormat.Default, null));
}

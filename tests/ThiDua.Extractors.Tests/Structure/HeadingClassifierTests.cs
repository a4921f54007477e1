using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class HeadingClassifierTests
{
    [Fact]
    public void A_bold_numbered_title_is_a_heading()
    {
        var role = HeadingClassifier.Classify(Line(("1. Công tác lãnh đạo, chỉ đạo", true)), formattingKnown: true);
        Assert.Equal("1.", role.Label?.Numbering);
        Assert.Equal("Công tác lãnh đạo, chỉ đạo", role.Title);
    }

    [Fact]
    public void A_plain_numbered_sentence_is_a_list_item_paragraph()
    {
        var text = "2. Tăng cường công tác tuyên truyền, nâng cao hơn nữa vị trí, vai trò, tầm quan trọng của phong trào thi đua và công tác khen thưởng.";
        Assert.False(HeadingClassifier.Classify(Line((text, false)), formattingKnown: true).IsHeading);
    }

    [Fact]
    public void A_bold_lead_ending_in_a_colon_is_a_run_in_heading()
    {
        var role = HeadingClassifier.Classify(Line(("a) Nông nghiệp:", true), (" Tổng diện tích gieo trồng cả năm là 190,04 ha, đạt 103,2% kế hoạch.", false)), formattingKnown: true);
        Assert.Equal("a)", role.Label?.Numbering);
        Assert.Equal("Nông nghiệp", role.Title);
        Assert.Equal("Tổng diện tích gieo trồng cả năm là 190,04 ha, đạt 103,2% kế hoạch.", role.RunInText);
    }

    [Fact]
    public void Without_formatting_a_short_label_and_colon_still_reads_as_run_in()
    {
        var role = HeadingClassifier.Classify(Line(("c) Chăn nuôi: Đàn vật nuôi trên địa bàn xã phát triển ổn định không phát sinh dịch bệnh phức tạp.", false)), formattingKnown: false);
        Assert.Equal("Chăn nuôi", role.Title);
    }

    [Fact]
    public void A_bullet_from_automatic_numbering_is_never_a_heading()
    {
        var paragraph = new LayoutParagraph([new LayoutRun("Phòng Nội vụ huyện", RunFormat.Plain with { Bold = true })], ParagraphFormat.Default with { ListLabel = "-" }, null);
        Assert.False(HeadingClassifier.Classify(new LineItem(paragraph), formattingKnown: true).IsHeading);
    }

    private static LineItem Line(params (string Text, bool Bold)[] runs) =>
        new(new LayoutParagraph(runs.Select(r => new LayoutRun(r.Text, RunFormat.Plain with { Bold = r.Bold })).ToArray(), ParagraphFormat.Default, null));
}

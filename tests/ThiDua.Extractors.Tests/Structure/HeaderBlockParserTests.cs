using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Structure;

namespace ThiDua.Extractors.Tests.Structure;

public sealed class HeaderBlockParserTests
{
    [Fact]
    public void Reads_number_symbol_place_partial_date_type_and_a_title_over_two_lines()
    {
        var items = Lines(
            ("ỦY BAN NHÂN DÂN", false, ParagraphAlignment.Center),
            ("THỊ TRẤN BẮC SƠN", true, ParagraphAlignment.Center),
            ("Số: /BC- TĐKT", false, ParagraphAlignment.Center),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.Center),
            ("Thị trấn Bắc Sơn, ngày tháng 6 năm 2024", false, ParagraphAlignment.Right),
            ("BÁO CÁO", true, ParagraphAlignment.Center),
            ("Sơ kết phong trào thi đua, công tác khen thưởng", true, ParagraphAlignment.Center),
            ("6 tháng đầu năm 2024", true, ParagraphAlignment.Center),
            ("Phần thứ nhất", true, ParagraphAlignment.Center));

        var header = HeaderBlockParser.Parse(items, formattingKnown: true);

        Assert.Null(header.Number);
        Assert.Equal("BC-TĐKT", header.Symbol);
        Assert.Equal("Thị trấn Bắc Sơn", header.Place);
        Assert.Equal(new ThiDua.Extractors.Model.PartialDate(2024, 6, null), header.Date);
        Assert.Equal("bao_cao", header.DocType);
        Assert.Equal("Sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2024", header.Title);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "THỊ TRẤN BẮC SƠN"], header.IssuerLines);
        Assert.Equal(8, header.BodyStart);
    }

    [Fact]
    public void A_type_line_can_carry_the_title_and_a_full_date_is_read()
    {
        var items = Lines(
            ("Số: 127/KH-UBND", false, ParagraphAlignment.Left),
            ("Tân Hoà, ngày 15 tháng 12 năm 2023", false, ParagraphAlignment.Right),
            ("KẾ HOẠCH Phát triển kinh tế - xã hội năm 2024", true, ParagraphAlignment.Center),
            ("Căn cứ Luật Tổ chức chính quyền địa phương;", false, ParagraphAlignment.Justify));

        var header = HeaderBlockParser.Parse(items, formattingKnown: true);

        Assert.Equal("127", header.Number);
        Assert.Equal("KH-UBND", header.Symbol);
        Assert.Equal(new ThiDua.Extractors.Model.PartialDate(2023, 12, 15), header.Date);
        Assert.Equal("ke_hoach", header.DocType);
        Assert.Equal("Phát triển kinh tế - xã hội năm 2024", header.Title);
        Assert.Equal(3, header.BodyStart);
    }

    [Fact]
    public void Reads_header_lines_typed_side_by_side_with_tabs()
    {
        var items = Lines(
            ("UBND XÃ THANH LÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.Left),
            ("\tĐộc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.Left),
            ("Số: /BC-UBND\t\tThanh LòA, ngày    tháng 12 năm 2023", false, ParagraphAlignment.Left),
            ("BÁO CÁO", true, ParagraphAlignment.Center),
            ("Tổng kết phong trào Thi đua, khen thưởng năm 2023", true, ParagraphAlignment.Center),
            ("Thanh Lòa là xã biên giới của huyện Cao Lộc.", false, ParagraphAlignment.Justify));

        var header = HeaderBlockParser.Parse(items, formattingKnown: true);

        Assert.Equal(["UBND XÃ THANH LÒA"], header.IssuerLines);
        Assert.Equal("BC-UBND", header.Symbol);
        Assert.Equal("Thanh LòA", header.Place);
        Assert.Equal(new ThiDua.Extractors.Model.PartialDate(2023, 12, null), header.Date);
        Assert.Equal("Tổng kết phong trào Thi đua, khen thưởng năm 2023", header.Title);
        Assert.Equal(5, header.BodyStart);
    }

    private static List<DocItem> Lines(params (string Text, bool Bold, ParagraphAlignment Alignment)[] lines) =>
        lines.Select(l => (DocItem)new LineDocItem(new LineItem(new LayoutParagraph(
            [new LayoutRun(l.Text, RunFormat.Plain with { Bold = l.Bold })],
            ParagraphFormat.Default with { Alignment = l.Alignment },
            null)))).ToList();
}

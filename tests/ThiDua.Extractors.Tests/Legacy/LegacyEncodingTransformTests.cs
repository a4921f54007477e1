using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Legacy;

namespace ThiDua.Extractors.Tests.Legacy;

public class LegacyEncodingTransformTests
{
    private static LayoutParagraph Paragraph(params (string Text, string? Font)[] runs) =>
        new(runs.Select(r => new LayoutRun(r.Text, RunFormat.Plain with { FontFamily = r.Font })).ToArray(), ParagraphFormat.Default, null);

    private static LayoutDocument Document(IReadOnlyList<LayoutBlock> blocks, params LayoutFootnote[] footnotes) => new(blocks, footnotes, null, []);

    private static string[] Texts(LayoutDocument layout) => LayoutParagraphMap.All(layout).Select(p => p.Text).ToArray();

    [Fact]
    public void Mixed_document_Unicode_TCVN3_by_text_H_font_capitals_and_VNI_font_all_come_out_Unicode()
    {
        var layout = Document(
        [
            Paragraph(("Báo cáo kết quả công tác thi đua năm 2023", "Times New Roman")),
            Paragraph(("Thùc hiÖn C«ng v¨n sè 1156 cña UBND huyÖn", "Times New Roman")),
            Paragraph(("i. kÕt qu¶ thùc hiÖn", ".VnTimeH")),
            Paragraph(("Phaàn I", "VNI-Times")),
            Paragraph(("Sè: ", ".VnTime"), ("127/BC-UBND", "Times New Roman")),
        ]);

        var texts = Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None));

        Assert.Equal(
        [
            "Báo cáo kết quả công tác thi đua năm 2023",
            "Thực hiện Công văn số 1156 của UBND huyện",
            "I. KẾT QUẢ THỰC HIỆN",
            "Phần I",
            "Số: 127/BC-UBND",
        ], texts);
    }

    [Fact]
    public void A_paragraph_mixing_a_Unicode_run_and_a_TCVN3_run_without_legacy_font_is_converted_run_by_run()
    {
        var layout = Document([Paragraph(("Tổ chức thành công ", null), ("§¹i héi ®¹i biÓu c¸c d©n téc thiÓu sè lÇn thø IV", null))]);
        Assert.Equal(["Tổ chức thành công Đại hội đại biểu các dân tộc thiểu số lần thứ IV"], Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None)));
    }

    [Fact]
    public void Table_cells_and_footnotes_are_converted_and_footnote_reference_runs_kept()
    {
        var cell = new LayoutCell([Paragraph(("Tæng sè", ".VnTime"))], 1, 1);
        var body = new LayoutParagraph(
            [new LayoutRun("Cã 12 tËp thÓ", RunFormat.Plain with { FontFamily = ".VnTime" }), new LayoutRun("1", RunFormat.Plain with { Superscript = true }, "fn1")],
            ParagraphFormat.Default,
            null);
        var layout = Document([body, new LayoutTable([[cell]], 0, null)], new LayoutFootnote("fn1", "1", [Paragraph(("Gåm 5 tËp thÓ", ".VnTime"))], null));

        var result = new LegacyEncodingTransform().Apply(layout, CancellationToken.None);

        Assert.Equal(["Có 12 tập thể", "Tổng số", "Gồm 5 tập thể"], Texts(result));
        Assert.Equal(["fn1"], ((LayoutParagraph)result.Blocks[0]).FootnoteIds);
    }

    [Fact]
    public void Short_ambiguous_paragraphs_take_the_encoding_most_of_the_document_is_in()
    {
        var layout = Document(
        [
            Paragraph(("B¸o c¸o kÕt qu¶ c«ng t¸c thi ®ua", null)),
            Paragraph(("Sè: 127", null)),
            Paragraph(("Thùc hiÖn nhiÖm vô n¨m 2024", null)),
        ]);

        Assert.Equal("Số: 127", Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None))[1]);
    }

    [Fact]
    public void A_Unicode_document_is_returned_unchanged()
    {
        var layout = Document([Paragraph(("Hoà Bình, ngày 15 tháng 12", null)), Paragraph(("Báo cáo kết quả", null))]);
        Assert.Same(layout, new LegacyEncodingTransform().Apply(layout, CancellationToken.None));
    }

    [Fact]
    public void Pdf_subset_tags_and_style_parts_of_font_names_are_understood()
    {
        Assert.Equal((LegacyEncoding.Tcvn3, true), LegacyData.Fonts.Classify("ABCDEF+.VnTimeH,Bold"));
        Assert.Equal((LegacyEncoding.Tcvn3, false), LegacyData.Fonts.Classify(".VnTime-Italic"));
        Assert.Equal((LegacyEncoding.Vni, false), LegacyData.Fonts.Classify("VNI-Helve-Condense"));
        Assert.Equal((LegacyEncoding.None, false), LegacyData.Fonts.Classify("Times New Roman"));
    }

    [Fact]
    public void Glyph_lookalikes_are_repaired_in_Vietnamese_documents()
    {
        var layout = Document([Paragraph(("PHƢƠNG HƢỚNG NHIỆM VỤ", null)), Paragraph(("Ðảng ủy xã", null)), Paragraph(("Ƣu tiên", null))]);
        Assert.Equal(["PHƯƠNG HƯỚNG NHIỆM VỤ", "Đảng ủy xã", "Ưu tiên"], Texts(new GlyphLookalikeTransform().Apply(layout, CancellationToken.None)));
    }

    [Fact]
    public void Glyph_lookalikes_stay_in_a_document_in_another_language()
    {
        var layout = Document([Paragraph(("Ðórr and Ðóra went to Reykjavík", null))]);
        Assert.Same(layout, new GlyphLookalikeTransform().Apply(layout, CancellationToken.None));
    }
}

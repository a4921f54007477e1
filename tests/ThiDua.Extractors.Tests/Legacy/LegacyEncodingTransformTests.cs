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

    /// <summary>VNI text made of one-character letters (Ñ ô ò) reads as TCVN3 too: it takes the encoding of the document's long text.</summary>
    [Fact]
    public void Short_VNI_text_that_also_reads_as_TCVN3_takes_the_documents_encoding()
    {
        var layout = Document(
        [
            Paragraph(("Baùo caùo keát quaû coâng taùc thi ñua, khen thöôûng naêm 2023 cuûa UÛy ban nhaân daân tænh", "Times New Roman")),
            Paragraph(("Ñôn vò tính", "Times New Roman")),
            Paragraph(("Raø soaùt VBQPPL", "Times New Roman")),
            Paragraph(("Muïc ñích", "Times New Roman")),
        ]);

        Assert.Equal(
            ["Báo cáo kết quả công tác thi đua, khen thưởng năm 2023 của Ủy ban nhân dân tỉnh", "Đơn vị tính", "Rà soát VBQPPL", "Mục đích"],
            Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None)));
    }

    /// <summary>A PDF reader set some zero-advance VNI marks apart from their vowels (<c>ke á</c>): they are joined back.</summary>
    [Fact]
    public void VNI_marks_set_apart_from_their_vowels_are_joined_back()
    {
        var layout = Document([Paragraph(("Ban haønh ke á hoaïch thöïc hieän Quyeát ñònh so á 1452, ñaõ ñöôïc söûa ñoåi veà sö ï nghieäp", "VNI-Times"))]);
        Assert.Equal(["Ban hành kế hoạch thực hiện Quyết định số 1452, đã được sửa đổi về sự nghiệp"], Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None)));
    }

    /// <summary>A Unicode report made from an old template keeps .VnTime in its styles: its text is not decoded.</summary>
    [Fact]
    public void Unicode_text_in_legacy_fonts_stays_when_the_document_uses_them_for_Unicode()
    {
        var layout = Document(
        [
            Paragraph(("Báo cáo kết quả công tác cải cách hành chính năm 2025", ".VnTime")),
            Paragraph(("BÁO CÁO", ".VnTimeH")),
            Paragraph(("Ghi chú", ".VnTime")),
            Paragraph(("Có = 1; Không = 0", ".VnTime")),
        ]);

        Assert.Equal(["Báo cáo kết quả công tác cải cách hành chính năm 2025", "BÁO CÁO", "Ghi chú", "Có = 1; Không = 0"], Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None)));
    }

    [Fact]
    public void A_symbol_font_run_in_a_legacy_paragraph_is_not_decoded()
    {
        var layout = Document([Paragraph(("§", "Wingdings"), (" Cã 12 tËp thÓ ®­îc khen th\u00ADëng", null))]);
        Assert.Equal(["§ Có 12 tập thể được khen thưởng"], Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None)));
    }

    /// <summary>U+00AD is TCVN3's ư; in Unicode text it is an invisible hyphenation point (Word's optional hyphen) and goes.</summary>
    [Fact]
    public void A_soft_hyphen_is_TCVN3_u_horn_in_legacy_text_and_dropped_from_Unicode_text()
    {
        var legacy = Document([Paragraph(("Nh\u00AD trªn", ".VnTime"))]);
        var unicode = Document([Paragraph(("Báo cáo khen\u00ADthưởng", null))]);

        Assert.Equal(["Như trên"], Texts(new LegacyEncodingTransform().Apply(legacy, CancellationToken.None)));
        Assert.Equal(["Báo cáo khenthưởng"], Texts(new LegacyEncodingTransform().Apply(unicode, CancellationToken.None)));
    }

    /// <summary>
    /// Text that reads both as Unicode and as TCVN3 (<c>Sè: 127</c>) takes the reading of the paragraphs around it, even
    /// in a document that is mostly Unicode.
    /// </summary>
    [Fact]
    public void Undecided_text_takes_the_reading_of_its_neighbours()
    {
        var layout = Document(
        [
            Paragraph(("Kết quả thực hiện nhiệm vụ năm 2024", null)),
            Paragraph(("Hoà Bình", null)),
            Paragraph(("Đánh giá chung về công tác thi đua", null)),
            Paragraph(("Phương hướng nhiệm vụ năm 2025", null)),
            Paragraph(("B¸o c¸o kÕt qu¶ c«ng t¸c thi ®ua", null)),
            Paragraph(("Sè: 127", null)),
            Paragraph(("Thùc hiÖn nhiÖm vô n¨m 2024", null)),
        ]);

        var texts = Texts(new LegacyEncodingTransform().Apply(layout, CancellationToken.None));

        Assert.Equal("Hoà Bình", texts[1]);
        Assert.Equal("Số: 127", texts[5]);
    }

    [Fact]
    public void Pdf_subset_tags_and_style_parts_of_font_names_are_understood()
    {
        Assert.Equal((LegacyEncoding.Tcvn3, true), LegacyData.Fonts.Classify("ABCDEF+.VnTimeH,Bold"));
        Assert.Equal((LegacyEncoding.Tcvn3, false), LegacyData.Fonts.Classify(".VnTime-Italic"));
        Assert.Equal((LegacyEncoding.Vni, false), LegacyData.Fonts.Classify("VNI-Helve-Condense"));
        Assert.Equal((LegacyEncoding.None, false), LegacyData.Fonts.Classify("Times New Roman"));
        Assert.True(LegacyData.Fonts.IsSymbol("ABCDEF+Wingdings-Regular"));
        Assert.False(LegacyData.Fonts.IsSymbol(".VnTime"));
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

using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Prose;
using ThiDua.Extractors.Tests.Checks;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Prose;

public sealed class ReportTextTests
{
    private static readonly Table AwardTable = AwardTables.Build("t1",
    [
        "1\tCờ Thi đua của tỉnh\t02\t\t\t02\t100\t\t",
        "2\tKhen thường xuyên\t8\t6\t\t7\t88,5\t4\t66,7",
    ]);

    private static readonly Table UnplacedTable = AwardTables.Build("t2", ["1\tGiấy khen\t3\t\t\t3\t100\t\t"]);

    /// <summary>
    /// Preamble (no label) › I (p1) › 1 (p2 citing fn1, table t1, p3) and I › "Công tác khác" (p4, unnumbered) ; II (p5).
    /// fn2 cites no paragraph; t2 stands in no section; b9 refers to a table that does not exist.
    /// </summary>
    private static Report BuildReport()
    {
        Section Node(string id, string? numbering, string title, int level, IReadOnlyList<Section> children, params Block[] blocks) =>
            new(id, numbering, title, level, children, blocks);

        var sections = new List<Section>
        {
            Node("s0", null, " ", 0, [], Block.Paragraph("p0", "ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN", [])),
            Node("s1", "I", "KẾT QUẢ THỰC HIỆN", 1,
                [
                    Node("s11", " 1 ", "Công tác tiếp nhận hồ sơ", 2, [],
                        Block.Paragraph("p2", "Tổng số hồ sơ tiếp nhận là 100 hồ sơ, gồm 50 hồ sơ trực tuyến, 30 hồ sơ trực tiếp và 10 hồ sơ qua bưu chính. Thời gian giải quyết bình quân là 3 ngày.", ["fn1"]),
                        Block.TableRef("b-t1", "t1"),
                        Block.Paragraph("p3", "Đã giải quyết 88 hồ sơ.", []),
                        Block.TableRef("b9", "t-missing")),
                    Node("s12", null, "Công tác khác", 2, [], Block.Paragraph("p4", "Tổ chức 3 hội nghị.", [])),
                ],
                Block.Paragraph("p1", "Năm 2024 xã có 1.250 hộ.", [])),
            Node("s2", "II", "PHƯƠNG HƯỚNG", 1, [], Block.Paragraph("p5", "Phấn đấu giảm 5 hộ nghèo.", [])),
        };

        return new Report(
            Report.CurrentSchemaVersion,
            new SourceInfo("test.docx", "0", "docx", null, "test", []),
            new DocumentMeta(null, null, null, null, null, PartialDate.Unknown, null, null, null, []),
            sections,
            [new Footnote("fn1", "1", "Đàn trâu có 56 con.", ["p2"]), new Footnote("fn2", "2", "Số liệu ước tính.", [])],
            [AwardTable, UnplacedTable],
            [],
            [],
            []);
    }

    [Fact]
    public void Paragraphs_come_depth_first_in_document_order_with_their_section_paths()
    {
        var text = new ReportText(BuildReport());
        Assert.Equal(
            [("p0", ""), ("p1", "I"), ("p2", "I > 1"), ("p3", "I > 1"), ("p4", "I > Công tác khác"), ("p5", "II")],
            text.Paragraphs.Select(p => (p.BlockId!, p.SectionPath)).ToArray());
        Assert.All(text.Paragraphs, p => Assert.False(p.IsFootnote));
        Assert.Equal(["fn1"], text.Paragraphs[2].FootnoteRefs);
        Assert.Equal("Đã giải quyết 88 hồ sơ.", text.Paragraphs[3].Text);
    }

    [Fact]
    public void A_footnote_takes_the_path_of_the_paragraph_citing_it()
    {
        var text = new ReportText(BuildReport());
        Assert.Equal([("fn1", "I > 1"), ("fn2", "")], text.Footnotes.Select(f => (f.FootnoteId!, f.SectionPath)).ToArray());
        Assert.All(text.Footnotes, f => Assert.True(f.IsFootnote));
        Assert.All(text.Footnotes, f => Assert.Null(f.BlockId));
        Assert.Equal(["p0", "p1", "p2", "p3", "p4", "p5", "fn1", "fn2"], text.AllText.Select(u => u.BlockId ?? u.FootnoteId!).ToArray());
    }

    [Fact]
    public void Tables_stand_where_a_block_refers_to_them()
    {
        var text = new ReportText(BuildReport());
        var (table, path) = Assert.Single(text.Tables);
        Assert.Same(AwardTable, table);
        Assert.Equal("I > 1", path);
    }

    [Fact]
    public void Sentences_are_cut_once_and_scanned_once()
    {
        var text = new ReportText(BuildReport());
        var paragraph = text.Paragraphs[2];
        var first = text.SentencesOf(paragraph);
        var second = text.SentencesOf(paragraph);
        Assert.Same(first, second);
        Assert.Same(paragraph.Sentences, first);
        Assert.Equal(2, first.Count);
        Assert.Same(first[1], second[1]);
        Assert.Same(first[1].Scan, second[1].Scan);
        Assert.Same(paragraph, first[1].Unit);
        Assert.Equal("Thời gian giải quyết bình quân là 3 ngày.", first[1].Text);
        Assert.Equal([3m], first[1].Quantities.Select(q => q.Value));
        Assert.Same(first[0], text.AllSentences.Single(s => s.Text.StartsWith("Tổng số hồ sơ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_grid_is_laid_once_per_table_instance()
    {
        var text = new ReportText(BuildReport());
        var grid = text.GridOf(AwardTable);
        Assert.Same(grid, text.GridOf(AwardTable));
        Assert.Same(AwardTable, grid.Table);

        // By reference: an equal copy of the record is another table and gets its own grid.
        var copy = AwardTable with { };
        Assert.Equal(AwardTable, copy);
        Assert.NotSame(grid, text.GridOf(copy));

        Assert.NotSame(grid, new ReportText(BuildReport()).GridOf(AwardTable));
    }

    [Fact]
    public void Figures_and_checks_share_one_reading()
    {
        var report = BuildReport();
        var text = new ReportText(report);
        var sentence = text.SentencesOf(text.Paragraphs[2])[0];
        var scan = sentence.Scan;
        var grid = text.GridOf(AwardTable);

        var figures = new FigureExtractor().Extract(text);
        var flags = ConsistencyChecker.CreateDefault().Run(report, text).Flags;

        Assert.Equal(
            [("1250", "p1"), ("100", "p2"), ("50", "p2"), ("30", "p2"), ("10", "p2"), ("3", "p2"), ("88", "p3"), ("3", "p4"), ("5", "p5"), ("56", "fn1")],
            figures.Select(f => (f.Value is { } v ? (v / 1.000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, f.BlockId!)).ToArray());

        var sum = Assert.Single(flags, f => f.Kind == Vocabulary.FlagKinds.SumMismatch);
        Assert.Equal(new FlagLocation("I > 1", "p2", null, null, null, null, null), sum.Location);
        var percent = Assert.Single(flags, f => f.Kind == Vocabulary.FlagKinds.TablePercentMismatch);
        Assert.Equal(("I > 1", "t1", 4), (percent.Location.SectionPath, percent.Location.TableId, percent.Location.Row));

        Assert.Same(scan, text.SentencesOf(text.Paragraphs[2])[0].Scan);
        Assert.Same(grid, text.GridOf(AwardTable));
    }

    [Fact]
    public void Null_report_is_refused() => Assert.Throws<ArgumentNullException>(() => new ReportText(null!));
}

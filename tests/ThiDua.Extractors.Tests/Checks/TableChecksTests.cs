using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>The appendix of seed 001 and the filled table of seed 004, rebuilt as canonical tables.</summary>
public class TableChecksTests
{
    private static readonly string[] Appendix001 =
    [
        "I\tKhen thưởng cấp Nhà nước\t\t\t\t\t\t\t",
        "II\tKhen thưởng cấp tỉnh\t\t\t\t\t\t\t",
        "1\tCờ Thi đua của tỉnh\t02\t\t\t02\t100\t\t",
        "2\tDanh hiệu TTLĐXS, ĐVQT\t16\t\t\t16\t100\t\t",
        "4\tBằng khen của Chủ tịch UBND tỉnh\t\t\t\t\t\t\t",
        "\tKhen chuyên đề\t\t\t\t\t\t\t",
        "\tKhen thường xuyên\t8\t6\t\t7\t88,5\t4\t66,7",
        "III\tKhen thưởng cấp huyện\t\t\t\t\t\t\t",
        "1\tLao động tiên tiến\t\t240\t\t\t\t171\t71,25",
        "2\tChiến sỹ thi đua cơ sở\t19\t\t\t\t\t9\t47,37",
        "3\tTập thể lao động tiên tiến\t38\t\t\t38\t100\t\t",
        "4\tGiấy khen\t\t\t\t\t\t\t",
        "-\tKhen chuyên đề\t166\t297\t30\t166\t100\t221\t74,41",
        "-\tKhen đột xuất, đối ngoại\t\t\t\t\t\t\t",
        "-\tKhen thường xuyên\t53\t91\t\t53\t100\t69\t75,82",
    ];

    [Fact]
    public void Percent_column_and_misplaced_value_in_the_001_appendix()
    {
        var flags = CheckRunner.Flags(new ReportFactory().Table(AwardTables.Build("t1", Appendix001)));
        var percent = Assert.Single(flags, f => f.Kind == Vocabulary.FlagKinds.TablePercentMismatch);
        Assert.Equal(88.5m, percent.Stated!.Number);
        Assert.Equal(87.5m, percent.Computed);
        Assert.Equal("t1", percent.Location.TableId);
        Assert.Equal(9, percent.Location.Row);
        Assert.Equal(6, percent.Location.Col);
        var misplaced = Assert.Single(flags, f => f.Kind == Vocabulary.FlagKinds.MisplacedValue);
        Assert.Contains("Chiến sỹ thi đua cơ sở", misplaced.Quote, StringComparison.Ordinal);
        Assert.Equal(2, flags.Count);
    }

    [Fact]
    public void Parent_rows_match_their_sub_rows_in_004_and_a_broken_parent_is_flagged()
    {
        string[] rows =
        [
            "4\tBằng khen của Chủ tịch UBND tỉnh\t01\t\t\t\t\t\t",
            "\tKhen chuyên đề\t01\t\t\t\t\t\t",
            "III\tKhen thưởng cấp huyện\t\t\t\t\t\t\t",
            "4\tGiấy khen\t01\t04\t\t\t\t04\t",
            "-\tKhen chuyên đề\t01\t02\t\t\t\t02\t",
            "-\tKhen đột xuất, đối ngoại\t\t\t\t\t\t\t",
            "-\tKhen thường xuyên\t\t02\t\t\t\t02\t",
            "TỔNG CỘNG (I + II + III+IV)\t\t\t\t\t\t\t\t",
        ];
        Assert.Empty(CheckRunner.Flags(new ReportFactory().Table(AwardTables.Build("t1", rows))));
        var broken = rows.Select(r => r.Replace("4\tGiấy khen\t01\t04", "4\tGiấy khen\t01\t05", StringComparison.Ordinal)).ToArray();
        var flag = Assert.Single(CheckRunner.Flags(new ReportFactory().Table(AwardTables.Build("t1", broken))));
        Assert.Equal(Vocabulary.FlagKinds.TableSumMismatch, flag.Kind);
        Assert.Equal(5m, flag.Stated!.Number);
        Assert.Equal(4m, flag.Computed);
    }

    [Fact]
    public void Body_award_figure_against_the_appendix_row()
    {
        var quote = "Danh hiệu Tập thể Lao động xuất sắc cho: 08 tập thể.";
        var factory = new ReportFactory().Paragraph(quote);
        var blockId = factory.LastBlockId;
        factory
            .Award(new Award("tap_the_lao_dong_xuat_sac", "Tập thể Lao động xuất sắc", "tinh", "Chủ tịch UBND tỉnh", "tap_the", 8, null, "awarded", null, new SourceRef("text", blockId, null, null, null, quote)))
            .Award(new Award("tap_the_lao_dong_xuat_sac", "Danh hiệu TTLĐXS, ĐVQT", "tinh", null, "tap_the", 16, null, "awarded", null, new SourceRef("table", null, "t1", 4, 2, "2 | Danh hiệu TTLĐXS, ĐVQT | 16 | 16 | 100")))
            .Award(new Award("co_thi_dua_tinh", "Cờ thi đua của UBND tỉnh", "tinh", null, "tap_the", 2, null, "awarded", null, new SourceRef("text", blockId, null, null, null, "Danh hiệu Cờ thi đua của UBND tỉnh: 02 tập thể.")))
            .Award(new Award("co_thi_dua_tinh", "Cờ Thi đua của tỉnh", "tinh", null, "tap_the", 2, null, "awarded", null, new SourceRef("table", null, "t1", 3, 2, "1 | Cờ Thi đua của tỉnh | 02")));
        var flag = Assert.Single(CheckRunner.Flags(factory));
        Assert.Equal(Vocabulary.FlagKinds.TextTableMismatch, flag.Kind);
        Assert.Equal(8m, flag.Stated!.Number);
        Assert.Equal(16m, flag.Computed);
        Assert.Equal("t1", flag.Location.TableId);
    }

    [Fact]
    public void Body_award_line_against_the_appendix_when_there_are_no_award_records()
    {
        var factory = new ReportFactory()
            .Paragraph("Danh hiệu Cờ thi đua của UBND tỉnh: 02 tập thể.")
            .Paragraph("Danh hiệu Tập thể Lao động xuất sắc cho: 08 tập thể.")
            .Paragraph("Bằng khen của Chủ tịch UBND tỉnh: 16 tập thể, 12 cá nhân.")
            .Table(AwardTables.Build("t1", Appendix001));
        var flags = CheckRunner.Flags(factory).Where(f => f.Kind == Vocabulary.FlagKinds.TextTableMismatch).ToList();
        Assert.Equal([(8m, 16m), (16m, 8m), (12m, 6m)], flags.Select(f => (f.Stated!.Number!.Value, f.Computed!.Value)).ToArray());
        Assert.All(flags, f => Assert.Equal("t1", f.Location.TableId));
    }
}

using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Tables;
using ThiDua.Extractors.Vietnamese.Awards;
using static ThiDua.Extractors.Tests.Vietnamese.Awards.AwardTestReports;
using static ThiDua.Extractors.Tests.Vietnamese.Awards.OfficialForms;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Award ledgers found by content: official forms, glued tables, headers repeated over pages, and the sums of their total rows.</summary>
public sealed class LedgerFormTests
{
    private static readonly AwardExtractor Extractor = AwardExtractor.CreateDefault();
    private static readonly AwardLedgerReader Reader = new(KnowledgeCatalog.Awards, new GrantorParser());

    private static Table Table(params IReadOnlyList<IReadOnlyList<Cell>>[] parts) => new("t1", null, null, 0, parts.SelectMany(p => p).ToList());

    private static IReadOnlyList<string> Awards(Table table) => Extractor.Extract(WithTable(table)).Select(Key).ToList();

    private static CheckResults Check(Table table) => ConsistencyChecker.CreateDefault().Run(WithTable(table));

    /// <summary>A statistics table of another kind, as the real appendices have: it must give no records and swallow nothing.</summary>
    private static IReadOnlyList<IReadOnlyList<Cell>> StatisticsTable() =>
    [
        [C("STT"), C("Chỉ tiêu thống kê"), C("Đơn vị tính"), C("Số liệu"), C("Ghi chú")],
        Row("1.", "Số văn bản chỉ đạo đã ban hành", "Văn bản", "82", ""),
        Row("2.", "Số cuộc kiểm tra", "Cuộc", "4", ""),
    ];

    [Fact]
    public void Proposed_and_decided_counts_by_recipient_give_status_and_recipient()
    {
        Assert.Equal(ProposedAndDecidedAwards, Awards(Table(ProposedAndDecided())));
    }

    [Fact]
    public void Basis_columns_with_recipient_sub_rows_give_basis_and_recipient_and_no_total_is_a_record()
    {
        Assert.Equal(ByBasisAwards, Awards(Table(ByBasis())));
    }

    [Fact]
    public void The_form_is_read_as_sections_awards_sub_rows_and_totals()
    {
        var ledger = Assert.Single(Reader.Read(new TableGrid(Table(ProposedAndDecided()))));
        Assert.Equal(
            [LedgerLineKind.Total, LedgerLineKind.Section, LedgerLineKind.Award, LedgerLineKind.Award, LedgerLineKind.Section, LedgerLineKind.Award, LedgerLineKind.Award],
            ledger.Lines.Select(l => l.Kind));
        Assert.Equal(
            ["proposed/tap_the", "proposed/ca_nhan", "awarded/tap_the", "awarded/ca_nhan", "awarded/ho_gia_dinh"],
            ledger.Columns.RecordColumns().Select(c => c.Status + "/" + c.Recipient));

        var byBasis = Assert.Single(Reader.Read(new TableGrid(Table(ByBasis()))));
        Assert.True(byBasis.Columns.Counts.First().IsTotal);
        Assert.Equal(["thuong_xuyen", "chuyen_de", "dot_xuat", "cong_hien"], byBasis.Columns.RecordColumns().Select(c => c.Basis));
    }

    [Fact]
    public void A_table_glued_after_another_starts_a_new_ledger_at_its_header()
    {
        var glued = Table(StatisticsTable(), ByBasis());
        var ledger = Assert.Single(Reader.Read(new TableGrid(glued)));
        Assert.Equal(3, ledger.Start);
        Assert.Equal(ByBasisAwards, Awards(glued));
        Assert.All(Extractor.Extract(WithTable(glued)), a => Assert.True(a.Source.Row >= 3));

        Assert.Equal([.. ProposedAndDecidedAwards, .. ByBasisAwards], Awards(Table(ProposedAndDecided(), ByBasis())));
        Assert.Equal(2, Reader.Read(new TableGrid(Table(ProposedAndDecided(), ByBasis()))).Count);
    }

    [Fact]
    public void A_header_repeated_over_a_page_break_continues_the_same_ledger()
    {
        var form = ByBasis();
        var split = Table(form.Take(6).ToList(), form.Take(3).ToList(), form.Skip(6).ToList());
        Assert.Single(Reader.Read(new TableGrid(split)));
        Assert.Equal(ByBasisAwards, Awards(split));
        Assert.DoesNotContain(Check(split).Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
    }

    [Fact]
    public void Other_tables_are_no_ledger()
    {
        Assert.Empty(Reader.Read(new TableGrid(Table(StatisticsTable()))));
        Assert.Empty(Awards(Table(StatisticsTable())));
    }

    [Fact]
    public void Correct_totals_are_consistent_claims_and_no_flag()
    {
        foreach (var table in new[] { Table(ProposedAndDecided()), Table(ByBasis()), Table(StatisticsTable(), ByBasis()) })
        {
            var results = Check(table);
            Assert.DoesNotContain(results.Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
            var sums = results.Checks.Where(c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch).ToList();
            Assert.NotEmpty(sums);
            Assert.All(sums, c => Assert.Equal(CheckStatus.Consistent, c.Status));
        }
    }

    [Fact]
    public void A_wrong_leading_total_is_flagged_in_its_column_only()
    {
        var flag = Assert.Single(Check(Table(ProposedAndDecided(proposedIndividualsTotal: "28"))).Flags);
        Assert.Equal(Vocabulary.FlagKinds.TableSumMismatch, flag.Kind);
        Assert.Equal(28m, flag.Stated!.Number);
        Assert.Equal(27m, flag.Computed);
        Assert.Equal((3, 3), (flag.Location.Row!.Value, flag.Location.Col!.Value));
        Assert.Equal("7 + 20", flag.Expression);
    }

    [Fact]
    public void A_wrong_closing_total_is_flagged_also_when_the_table_is_glued()
    {
        var flag = Assert.Single(Check(Table(StatisticsTable(), ByBasis(closingTotal: "45"))).Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
        Assert.Equal(45m, flag.Stated!.Number);
        Assert.Equal(46m, flag.Computed);
        Assert.Equal((13, 2), (flag.Location.Row!.Value, flag.Location.Col!.Value));
        Assert.Equal("4 + 12 + 30", flag.Expression);
    }

    [Fact]
    public void A_breakdown_that_is_not_a_partition_is_unverifiable_not_an_error()
    {
        var rows = ByBasis().ToList();
        rows[4] = Row("", "- Tập thể", "2", "2", "", "", "");
        rows[5] = Row("", "Trong đó: cá nhân là nữ", "3", "2", "", "1", "");
        var results = Check(Table(rows));
        Assert.DoesNotContain(results.Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
        Assert.Contains(results.Checks, c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch && c.Status == CheckStatus.Unverifiable && c.Location.Row == 3);
    }

    [Fact]
    public void A_total_over_a_cell_of_words_is_unverifiable()
    {
        var rows = ProposedAndDecided().ToList();
        rows[6] = Row("2", "Bằng khen của Thủ tướng Chính phủ", "2", "5 cá nhân", "2", "4", "1");
        var results = Check(Table(rows));
        Assert.DoesNotContain(results.Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
        Assert.Contains(results.Checks, c => c.Status == CheckStatus.Unverifiable && c.Location.Row == 3 && c.Location.Col == 3);
    }

    [Fact]
    public void A_total_column_is_checked_against_the_columns_it_splits_into()
    {
        var rows = ByBasis().ToList();
        rows[9] = Row("", "- Cá nhân", "21", "6", "9", "5", "");
        var flags = Check(Table(rows)).Flags.Where(f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch).ToList();
        var byColumns = Assert.Single(flags, f => f.Location.Row == 9);
        Assert.Equal((21m, 20m, 2), (byColumns.Stated!.Number!.Value, byColumns.Computed!.Value, byColumns.Location.Col!.Value));
        Assert.Equal("6 + 9 + 5 + 0", byColumns.Expression);
        var parent = Assert.Single(flags, f => f.Location.Row == 7);
        Assert.Equal((30m, 31m), (parent.Stated!.Number!.Value, parent.Computed!.Value));
        Assert.Equal(2, flags.Count);
    }
}

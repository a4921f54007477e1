using System.Text.Json;
using ThiDua.Extractors.Knowledge;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Tables;
using ThiDua.Extractors.Vietnamese.Awards;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>
/// Whole documents through the pipeline: the hand-written official award forms of corpus/forms (a glued table, proposed and decided counts, basis
/// columns, total rows) against their hand-written records and totals, and two real provincial documents (corpus/real) that hold no award ledger.
/// </summary>
public sealed class AwardFormCorpusTests(ITestOutputHelper output)
{
    private static readonly IngestPipeline Pipeline = IngestPipelineBuilder.CreateDefault().Build();

    private static Report Ingest(params string[] path)
    {
        var result = Pipeline.Ingest(Path.Combine([TestPaths.Corpus, .. path]));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Report!;
    }

    private static IReadOnlyList<ExpectedAward> Expected() =>
        JsonSerializer.Deserialize<List<ExpectedAward>>(File.ReadAllText(Path.Combine(TestPaths.Corpus, "forms", "award-form.awards.json")))!;

    [Theory]
    [InlineData("award-form.docx")]
    [InlineData("award-form-wrong-total.docx")]
    public void Every_award_of_the_forms_is_found_and_nothing_else(string file)
    {
        var report = Ingest("forms", file);
        var score = AwardScorer.Score(report.Awards, Expected());
        output.WriteLine(file + ": " + score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.All(report.Awards, a => Assert.Equal("table", a.Source.Kind));
    }

    [Fact]
    public void The_correct_form_has_consistent_totals_and_its_twin_one_wrong_total()
    {
        var correct = Ingest("forms", "award-form.docx");
        Assert.DoesNotContain(correct.Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
        var sums = (correct.Checks ?? []).Where(c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch).ToList();
        Assert.Equal(21, sums.Count); // one per cell: 5 leading total, 7 parent/sub-rows, 4 closing Cộng, 5 more cells of the Tổng số column
        Assert.All(sums, c => Assert.Equal(CheckStatus.Consistent, c.Status));

        var wrong = Ingest("forms", "award-form-wrong-total.docx");
        var flag = Assert.Single(wrong.Flags, f => f.Kind == Vocabulary.FlagKinds.TableSumMismatch);
        Assert.Equal(28m, flag.Stated!.Number);
        Assert.Equal(27m, flag.Computed);
        Assert.Contains("Tổng cộng", flag.Quote, StringComparison.Ordinal);
        Assert.Equal(20, (wrong.Checks ?? []).Count(c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch && c.Status == CheckStatus.Consistent));
    }

    [Fact]
    public void The_real_CCHC_appendix_holds_statistics_forms_but_no_award_ledger()
    {
        var report = Ingest("real", "Phu luc kem BC CCHC nam 2025.docx");
        Assert.Equal(9, report.Tables.Count);
        var reader = new AwardLedgerReader(KnowledgeCatalog.Awards, new GrantorParser());
        Assert.All(report.Tables, t => Assert.Empty(reader.Read(new TableGrid(t))));
        Assert.Empty(report.Awards);
        Assert.DoesNotContain(report.Checks ?? [], c => c.Kind == Vocabulary.FlagKinds.TableSumMismatch && c.Location.TableId is not null && c.Quote.Contains("khen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_real_competition_plan_sets_quotas_and_criteria_but_grants_nothing()
    {
        var report = Ingest("real", "Ke hoach phat dong phong trao thi dua CCHC nam 2026 tinh Lam Dong.docx");
        Assert.Equal("ke_hoach", report.Document.DocType);
        Assert.Empty(report.Awards);
    }
}

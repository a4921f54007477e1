using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline.Stages;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>The checker's contract: every recognized claim in <c>checks</c>, mismatches linked to their flags, failures recorded.</summary>
public class ConsistencyCheckerTests
{
    [Fact]
    public void Consistent_and_broken_claims_are_both_recorded_and_a_mismatch_names_its_flag()
    {
        var report = new ReportFactory()
            .Paragraph("Tổng số hồ sơ tiếp nhận là 120 hồ sơ, gồm 70 hồ sơ trực tuyến và 50 hồ sơ trực tiếp.")
            .Paragraph("Tổng số hồ sơ giải quyết là 110 hồ sơ, gồm 70 hồ sơ đúng hạn và 50 hồ sơ trước hạn.")
            .Build();

        var results = ConsistencyChecker.CreateDefault().Run(report);

        var consistent = Assert.Single(results.Checks, c => c.Status == CheckStatus.Consistent);
        Assert.Equal((Vocabulary.FlagKinds.SumMismatch, 120m, "b1"), (consistent.Kind, consistent.Stated!.Number!.Value, consistent.Location.BlockId));
        Assert.Null(consistent.FlagId);
        var mismatch = Assert.Single(results.Checks, c => c.Status == CheckStatus.Mismatch);
        var flag = Assert.Single(results.Flags);
        Assert.Equal(flag.Id, mismatch.FlagId);
        Assert.Equal((110m, 120m), (mismatch.Stated!.Number!.Value, mismatch.Computed!.Value));
        Assert.Equal(["c1", "c2"], results.Checks.Select(c => c.Id));
    }

    [Fact]
    public void A_check_that_throws_is_recorded_in_the_warnings_and_keeps_what_it_found_before()
    {
        var report = new ReportFactory().Paragraph("Tổng số 12 hồ sơ, gồm 5 hồ sơ và 6 hồ sơ.").Build();
        var checker = new ConsistencyCheckerBuilder().Use(new ThrowingCheck()).UseDefaults().Build();

        var stage = new CheckStage(checker).Apply(report, new ReportText(report));

        var warning = Assert.Single(stage.Source.Warnings);
        Assert.StartsWith(ConsistencyChecker.FailureCode + ": ", warning, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingCheck), warning, StringComparison.Ordinal);
        Assert.Contains("boom", warning, StringComparison.Ordinal);
        Assert.Contains(stage.Checks!, c => c.Quote == "before the failure");
        Assert.Single(stage.Flags, f => f.Kind == Vocabulary.FlagKinds.SumMismatch);
    }

    [Fact]
    public void A_flag_names_the_page_of_its_paragraph_and_of_its_table()
    {
        var report = new ReportFactory().Paragraph("Tổng số 12 hồ sơ, gồm 5 hồ sơ và 6 hồ sơ.").Build();
        var section = report.Sections[0].Children[0];
        var paged = report with
        {
            Sections = [report.Sections[0] with { Children = [section with { Blocks = [section.Blocks[0] with { Page = 7 }] }] }],
        };

        var flag = Assert.Single(ConsistencyChecker.CreateDefault().Check(paged));

        Assert.Equal(7, flag.Location.Page);
    }

    private sealed class ThrowingCheck : IConsistencyCheck
    {
        public IEnumerable<Finding> Run(CheckContext context)
        {
            yield return Finding.Consistent(Vocabulary.FlagKinds.SumMismatch, StatedValue.Of(1m), 1m, 0m, "1", "before the failure", new FlagLocation(null, null, null, null, null, null, null));
            throw new InvalidDataException("boom");
        }
    }
}

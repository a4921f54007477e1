using ThiDua.Extractors.Model;
using ThiDua.Store.Review;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Review;

/// <summary>The correction applier on a real corpus report: each kind of target, the order, stable indexes, and what it refuses.</summary>
public sealed class CorrectionApplierTests
{
    private static Report Report => CorpusReports.Report(CorpusReports.Docx("001.docx"));

    private static long nextId;

    private static Correction C(string target, string? oldValue, string? newValue) =>
        new(Interlocked.Increment(ref nextId), 1, 1, target, oldValue, newValue, null, "reviewer", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Header_award_figure_and_flag_corrections_apply_in_order()
    {
        var report = Report;
        var flag = report.Flags[0];
        var corrected = CorrectionApplier.Apply(report,
        [
            C("document/issuer", report.Document.Issuer, "UBND huyện Cao Lộc, tỉnh Lạng Sơn"),
            C("document/date", null, "2024-06-20"),
            C("awards/1/count", report.Awards[1].Count.ToString(), "42"),
            C("awards/1/count", "42", "43"),
            C("figures/0/value", null, "1234.5"),
            C($"flags/{flag.Id}/status", "open", "dismissed"),
        ]);

        Assert.All(corrected.Outcomes, o => Assert.True(o.Applied, o.Message));
        Assert.Equal("UBND huyện Cao Lộc, tỉnh Lạng Sơn", corrected.Report.Document.Issuer);
        Assert.Equal(new PartialDate(2024, 6, 20), corrected.Report.Document.Date);
        Assert.Equal(43, corrected.Report.Awards[1].Count);
        Assert.Equal(report.Awards[0], corrected.Report.Awards[0]);
        Assert.Equal(1234.5m, corrected.Report.Figures[0].Value);
        Assert.Equal("dismissed", corrected.FlagStatus(flag.Id));
        Assert.Equal("open", corrected.FlagStatus(report.Flags[^1].Id == flag.Id ? "none" : report.Flags[^1].Id));
        Assert.Equal(["awards/1", "document", "figures/0", $"flags/{flag.Id}"], corrected.ChangedRecords.Order(StringComparer.Ordinal));
        Assert.Equal(report.Awards[1].Count.ToString(), corrected.Outcomes[2].ExtractedValue);
    }

    [Fact]
    public void Removing_a_record_keeps_the_indexes_of_the_others_and_an_added_record_comes_last()
    {
        var report = Report;
        var added = """{"award":"giay_khen","name":"Giấy khen","level":"huyen","grantor":null,"recipient":"ca_nhan","count":7,"basis":null,"status":"awarded","directWorkers":null}""";
        var corrected = CorrectionApplier.Apply(report,
        [
            C("awards/0", null, null),
            C("awards/2/count", report.Awards[2].Count.ToString(), "77"),
            C("awards/-", null, added),
        ]);

        Assert.All(corrected.Outcomes, o => Assert.True(o.Applied, o.Message));
        Assert.Equal(report.Awards.Count, corrected.Report.Awards.Count);
        Assert.Equal(report.Awards[1], corrected.Report.Awards[0]);
        Assert.Equal(77, corrected.Report.Awards[1].Count);
        Assert.Equal((7, "ca_nhan"), (corrected.Report.Awards[^1].Count, corrected.Report.Awards[^1].Recipient));
        Assert.Equal([.. Enumerable.Range(1, report.Awards.Count - 1), report.Awards.Count], corrected.AwardOrigins);
    }

    [Theory]
    [InlineData("awards/1/colour", "5", CorrectionRejection.BadTarget)]
    [InlineData("awards/01/count", "5", CorrectionRejection.BadTarget)]
    [InlineData("document/author", "x", CorrectionRejection.BadTarget)]
    [InlineData("awards/100000/count", "5", CorrectionRejection.NotFound)]
    [InlineData("flags/f999999/status", "dismissed", CorrectionRejection.NotFound)]
    [InlineData("awards/1/count", "năm", CorrectionRejection.BadValue)]
    [InlineData("figures/0/value", "12,5", CorrectionRejection.BadValue)]
    [InlineData("figures/0/value", "1,234.5", CorrectionRejection.BadValue)]
    [InlineData("awards/1/level", "quoc_te", CorrectionRejection.BadValue)]
    [InlineData("document/date", "2024-02-30", CorrectionRejection.BadValue)]
    public void A_correction_that_cannot_apply_says_why_and_changes_nothing(string target, string newValue, string reason)
    {
        var report = Report;
        var corrected = CorrectionApplier.Apply(report, [C(target, null, newValue)]);

        var outcome = Assert.Single(corrected.Outcomes);
        Assert.False(outcome.Applied);
        Assert.Equal(reason, outcome.Reason);
        Assert.Contains(" / ", outcome.Message);
        Assert.Equal(ThiDua.Extractors.Pipeline.ReportJson.Serialize(report), ThiDua.Extractors.Pipeline.ReportJson.Serialize(corrected.Report));
        Assert.Empty(corrected.ChangedRecords);
    }

    [Fact]
    public void A_correction_whose_old_value_is_not_the_extractions_is_stale_and_numbers_compare_as_numbers()
    {
        var report = Report;
        var count = report.Awards[1].Count;
        var corrected = CorrectionApplier.Apply(report, [C("awards/1/count", (count + 1).ToString(), "1"), C("awards/1/count", count + ".0", "2")]);

        Assert.Equal((false, CorrectionRejection.Stale), (corrected.Outcomes[0].Applied, corrected.Outcomes[0].Reason));
        Assert.True(corrected.Outcomes[1].Applied);
        Assert.Equal(2, corrected.Report.Awards[1].Count);
    }
}

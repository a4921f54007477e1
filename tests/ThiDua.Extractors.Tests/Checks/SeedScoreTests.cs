using ThiDua.Extractors.Checks;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Scores the default checker against corpus/expected/NNN.flags.json on the seed renditions loaded by <see cref="SeedReportLoader"/>.
/// No silent claim may be flagged (precision first); the recall floor guards against regressions. When the docx pipeline lands,
/// the same scoring runs on its Report instead of the seed loader's.
/// </summary>
public class SeedScoreTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Checker_raises_no_false_alarm_on_a_consistent_claim(string seed)
    {
        var score = ScoreSeed(seed);
        Assert.Empty(score.FalseAlarms.Select(a => a.Claim.Quote + " <= " + a.Flag.Message));
    }

    [Fact]
    public void Checker_finds_most_expected_findings_across_the_seeds()
    {
        var scores = new[] { "000", "001", "002", "003", "004" }.Select(ScoreSeed).ToList();
        var found = scores.Sum(s => s.Found.Count);
        var expected = found + scores.Sum(s => s.Missed.Count);
        var flags = scores.Sum(s => s.FlagCount);
        var truePositives = scores.Sum(s => s.TruePositiveFlags);
        output.WriteLine($"TOTAL recall {found}/{expected}, precision {truePositives}/{flags}");
        Assert.True(found >= expected * 6 / 10, $"recall {found}/{expected}");
    }

    private FlagScore ScoreSeed(string seed)
    {
        var path = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "seeds"), seed + "_*.txt").Single();
        var report = SeedReportLoader.Load(path);
        var flags = ConsistencyChecker.CreateDefault().Check(report);
        var claims = ExpectedFlagsFile.Load(Path.Combine(TestPaths.Corpus, "expected", seed + ".flags.json")).Claims;
        var score = FlagScore.Score(flags, claims);
        output.WriteLine($"{seed}: recall {score.Found.Count}/{score.Found.Count + score.Missed.Count}, precision {score.TruePositiveFlags}/{score.FlagCount}");
        foreach (var missed in score.Missed) output.WriteLine($"  MISSED {missed.Kind}: {missed.Quote}");
        foreach (var (flag, claim) in score.FalseAlarms) output.WriteLine($"  FALSE ALARM {flag.Kind}: {claim.Quote} <= {flag.Message}");
        foreach (var flag in score.Unexpected) output.WriteLine($"  UNLISTED {flag.Kind}: {flag.Message} || {flag.Quote}");
        return score;
    }
}

using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Scores the default checker against corpus/expected/NNN.flags.json on the Report a subclass builds for each seed.
/// No silent claim may be flagged (precision first); the recall floor guards against regressions.
/// </summary>
public abstract class FlagScoreTests(ITestOutputHelper output)
{
    private static readonly string[] SeedNames = ["000", "001", "002", "003", "004"];

    public static TheoryData<string> Seeds => new(SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Checker_raises_no_false_alarm_on_a_consistent_claim(string seed)
    {
        var score = Score(seed);
        Assert.Empty(score.FalseAlarms.Select(a => a.Claim.Quote + " <= " + a.Flag.Message));
    }

    [Fact]
    public void Checker_finds_most_expected_findings_across_the_seeds()
    {
        var scores = SeedNames.Select(Score).ToList();
        var found = scores.Sum(s => s.Found.Count);
        var expected = found + scores.Sum(s => s.Missed.Count);
        output.WriteLine($"TOTAL recall {found}/{expected}, precision {scores.Sum(s => s.TruePositiveFlags)}/{scores.Sum(s => s.FlagCount)}");
        Assert.True(found >= expected * 6 / 10, $"recall {found}/{expected}");
    }

    /// <summary>The report the checker scores for a seed number.</summary>
    protected abstract Report Load(string seed);

    private FlagScore Score(string seed)
    {
        var flags = ConsistencyChecker.CreateDefault().Check(Load(seed));
        var claims = ExpectedFlagsFile.Load(Path.Combine(TestPaths.Corpus, "expected", seed + ".flags.json")).Claims;
        var score = FlagScore.Score(flags, claims);
        output.WriteLine($"{seed}: recall {score.Found.Count}/{score.Found.Count + score.Missed.Count}, precision {score.TruePositiveFlags}/{score.FlagCount}");
        foreach (var missed in score.Missed) output.WriteLine($"  MISSED {missed.Kind}: {missed.Quote}");
        foreach (var (flag, claim) in score.FalseAlarms) output.WriteLine($"  FALSE ALARM {flag.Kind}: {claim.Quote} <= {flag.Message}");
        foreach (var flag in score.Unexpected) output.WriteLine($"  UNLISTED {flag.Kind}: {flag.Message} || {flag.Quote}");
        return score;
    }
}

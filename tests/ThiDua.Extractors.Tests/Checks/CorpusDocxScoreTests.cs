using ThiDua.Extractors.Checks;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Structure;
using ThiDua.Extractors.Vietnamese.Numbers;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>
/// Scores the default checker on the Report the docx reader and the structure stage build from corpus/docx/NNN.docx,
/// against corpus/expected/NNN.flags.json: no silent claim may be flagged.
/// </summary>
public class CorpusDocxScoreTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Checker_on_the_docx_report_raises_no_false_alarm(string seed)
    {
        var score = Score(seed);
        Assert.Empty(score.FalseAlarms.Select(a => a.Claim.Quote + " <= " + a.Flag.Message));
    }

    [Fact]
    public void Checker_on_the_docx_reports_finds_most_expected_findings()
    {
        var scores = new[] { "000", "001", "002", "003", "004" }.Select(Score).ToList();
        var found = scores.Sum(s => s.Found.Count);
        var expected = found + scores.Sum(s => s.Missed.Count);
        output.WriteLine($"TOTAL recall {found}/{expected}, precision {scores.Sum(s => s.TruePositiveFlags)}/{scores.Sum(s => s.FlagCount)}");
        Assert.True(found >= expected * 6 / 10, $"recall {found}/{expected}");
    }

    private FlagScore Score(string seed)
    {
        var path = Path.Combine(TestPaths.Corpus, "docx", seed + ".docx");
        var layout = new DocxReader().Read(path, CancellationToken.None);
        var report = new StructureBuilder(text => NumberReader.TryReadCellValue(text, out var value) ? value : null)
            .Build(layout, new SourceInfo(seed + ".docx", "0", "docx", null, "test", []));
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

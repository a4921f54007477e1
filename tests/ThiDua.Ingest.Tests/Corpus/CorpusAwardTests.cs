using System.Text.Json;
using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>
/// Award records of each corpus report against corpus/expected/NNN.awards.json (hand-written), matched on
/// award code, level, recipient kind, count, basis and status; prints precision and recall.
/// </summary>
public sealed class CorpusAwardTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.9;
    private const double MinimumRecall = 0.9;

    public static TheoryData<string, string> Reports()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in CorpusCatalog.All("docx").Where(d => File.Exists(CorpusCatalog.ExpectedPath(d.ReportId, ".awards")))) data.Add(document.ReportId, document.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Award_records_match_the_hand_written_ledger(string reportId, string path)
    {
        var score = ScoreReport(reportId, CorpusIngestion.Ingest(path));
        output.WriteLine(score.ToString());
        foreach (var missed in score.Missed) output.WriteLine("missed: " + missed);
        foreach (var extra in score.Extra) output.WriteLine("extra:  " + extra);
        Assert.True(score.Precision >= MinimumPrecision && score.Recall >= MinimumRecall, score + "\nmissed: " + string.Join("\n  ", score.Missed) + "\nextra: " + string.Join("\n  ", score.Extra));
    }

    public static RecordScore ScoreReport(string reportId, Report report)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(CorpusCatalog.ExpectedPath(reportId, ".awards")));
        var wanted = expected.RootElement.EnumerateArray().Select(e => Key(
            e.GetProperty("award").GetString(), Str(e, "level"), e.GetProperty("recipient").GetString(), e.GetProperty("count").GetInt32(), Str(e, "basis"), Str(e, "status"))).ToList();
        var got = report.Awards.Select(a => Key(a.Code, a.Level, a.Recipient, a.Count, a.Basis, a.Status)).ToList();
        return RecordScore.Compare("awards " + reportId, wanted, got);
    }

    private static string Key(string? award, string? level, string? recipient, int count, string? basis, string? status) =>
        $"{award} {level} {recipient} {count} {basis ?? "-"} {status ?? "awarded"}";

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

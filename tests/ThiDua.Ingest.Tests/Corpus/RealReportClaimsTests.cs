using System.Text.Json;
using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>
/// Scores the checks on two real provincial reports (copies in corpus/real, from /work/shared/real, whose README allows their use in
/// this repository's tests) against the arithmetic claims listed by hand in corpus/expected/real-*.claims.json: every real
/// inconsistency is flagged, no consistent claim is a mismatch, and most claims are recognized.
/// </summary>
public class RealReportClaimsTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, double> Reports => new()
    {
        { "real/pcmt-2025.docx", "real-pcmt.claims.json", 0.9 },
        { "real/cchc-2025.docx", "real-cchc.claims.json", 0.5 },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Checks_find_every_real_error_raise_no_false_alarm_and_recognize_most_claims(string document, string claimsFile, double recallFloor)
    {
        var report = CorpusIngestion.Ingest(Path.Combine(TestPaths.Corpus, document));
        var checks = report.Checks ?? [];
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, "expected", claimsFile)));
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();

        var recognized = 0;
        var problems = new List<string>();
        foreach (var claim in claims)
        {
            var kind = claim.GetProperty("kind").GetString()!;
            var quote = Normalize(claim.GetProperty("quote").GetString()!);
            var stated = claim.GetProperty("stated").GetDecimal();
            var matching = checks.Where(c => c.Kind == kind && Normalize(c.Quote).Contains(quote, StringComparison.Ordinal) && c.Stated?.Number == stated).ToList();
            if (matching.Count > 0) recognized++;
            else output.WriteLine($"  NOT RECOGNIZED {kind}: {quote} = {stated}");
            if (claim.GetProperty("expect").GetString() == "flag")
            {
                if (!matching.Any(c => c.Status == CheckStatus.Mismatch && report.Flags.Any(f => f.Id == c.FlagId))) problems.Add($"MISSED error {kind}: {quote}");
            }
            else if (matching.Any(c => c.Status == CheckStatus.Mismatch))
            {
                problems.Add($"FALSE ALARM {kind}: {quote}");
            }
        }

        var errorFlags = report.Flags.Where(f => f.Severity == Vocabulary.Severities.Error).ToList();
        var expectedErrors = claims.Count(c => c.GetProperty("expect").GetString() == "flag");
        output.WriteLine($"{document}: recognized {recognized}/{claims.Count}, error flags {errorFlags.Count} (expected {expectedErrors})");
        Assert.Empty(problems);
        Assert.Equal(expectedErrors, errorFlags.Count);
        Assert.True(recognized >= claims.Count * recallFloor, $"recognized {recognized}/{claims.Count}");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

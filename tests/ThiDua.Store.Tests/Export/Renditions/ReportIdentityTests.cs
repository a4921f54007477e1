using System.Text.Json;
using ThiDua.Extractors.Model;
using ThiDua.Store.Export.Renditions;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Export.Renditions;

/// <summary>
/// The renditions of one corpus report read as that report: the Word, LibreOffice-saved Word, LibreOffice PDF and
/// Chromium PDF of each have the identity of its hand-checked header (<c>corpus/expected/NNN.json</c>), so the dashboard
/// counts them as one report; no rendition of one report ever shares an identity with another report.
/// </summary>
public sealed class ReportIdentityTests
{
    private static readonly string[] Reports = ["000", "001", "002", "003", "004"];

    private static readonly string[] RenditionPaths = ["docx/{0}.docx", "docx-lo/{0}.docx", "pdf/{0}.pdf", "pdf-chromium/{0}.pdf"];

    private static readonly JsonSerializerOptions ExpectedJson = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void Every_rendition_of_a_corpus_report_has_the_identity_of_its_hand_checked_header()
    {
        var parted = new List<string>();
        foreach (var report in Reports)
        {
            var expected = ReportIdentity.Of(ExpectedHeader(report));
            Assert.NotNull(expected);
            foreach (var pattern in RenditionPaths)
            {
                var identity = ReportIdentity.Of(Read(report, pattern).Document);
                if (identity != expected) parted.Add($"{Name(report, pattern)}: {identity} ≠ {expected}");
            }
        }

        Assert.Empty(parted);
    }

    [Fact]
    public void No_rendition_of_one_report_shares_an_identity_with_another_report()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var report in Reports)
        {
            foreach (var pattern in RenditionPaths)
            {
                if (ReportIdentity.Of(Read(report, pattern).Document) is not { } identity) continue;
                Assert.Equal(report, owners.GetValueOrDefault(identity, report));
                owners[identity] = report;
            }
        }

        Assert.Equal(Reports.Length, owners.Values.Distinct().Count());
    }

    [Fact]
    public void Spacing_case_and_punctuation_do_not_part_a_report_but_another_date_number_or_issuer_does()
    {
        var report = Read("003", "docx/{0}.docx").Document;
        var retyped = report with { Title = " " + report.Title!.ToUpperInvariant().Replace(", ", " ,  ", StringComparison.Ordinal) + ".", Issuer = report.Issuer!.ToUpperInvariant() };

        Assert.Equal(ReportIdentity.Of(report), ReportIdentity.Of(retyped));
        Assert.NotEqual(ReportIdentity.Of(report), ReportIdentity.Of(report with { Date = report.Date with { Day = 16 } }));
        Assert.NotEqual(ReportIdentity.Of(report), ReportIdentity.Of(report with { Number = "128" }));
        Assert.NotEqual(ReportIdentity.Of(report), ReportIdentity.Of(report with { Issuer = "UBND xã Tân Hòa Bắc" }));
        Assert.Null(ReportIdentity.Of(report with { Title = null }));
        Assert.Null(ReportIdentity.Of(report with { Issuer = " " }));
    }

    private static DocumentMeta ExpectedHeader(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, "expected", report + ".json")));
        return json.RootElement.GetProperty("document").Deserialize<DocumentMeta>(ExpectedJson)!;
    }

    private static string Name(string report, string pattern) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, report);

    private static Report Read(string report, string pattern) => CorpusReports.Report(Path.Combine(TestPaths.Corpus, Name(report, pattern)));
}

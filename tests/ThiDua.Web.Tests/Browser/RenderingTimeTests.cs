using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using ThiDua.Ingest;
using ThiDua.Store;
using ThiDua.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThiDua.Web.Tests.Browser;

/// <summary>
/// Measures (reports, does not assert) how long the browser takes to show the document view of the largest corpus report
/// and the list of 1.000 documents; the figures go to the test output and to <c>screenshots/rendering-times.txt</c>.
/// </summary>
public sealed class RenderingTimeTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Document_view_of_the_largest_report_and_the_list_of_1000_documents()
    {
        await using var host = await WebAppHost.StartAsync();
        var pipeline = PipelineFactory.Create(TimeSpan.FromSeconds(120));
        var largest = pipeline.Ingest(Corpus.LargestPdf);
        var saved = await host.Store.SaveAsync(new IngestedFile(Corpus.LargestPdf, largest.Report!.Source.Sha256, Corpus.LargestPdf, pipeline.Version.Key, largest.Report, null, largest.Elapsed));

        var small = pipeline.Ingest(Corpus.SmallestDocx).Report!;
        var seeding = Stopwatch.StartNew();
        for (var i = 1; i < 1000; i++)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("seed " + i)));
            var seeded = small with { Source = small.Source with { Sha256 = sha, FileName = $"bao-cao-{i:0000}.docx" } };
            await host.Store.SaveAsync(new IngestedFile($"/seed/bao-cao-{i:0000}.docx", sha, Corpus.SmallestDocx, pipeline.Version.Key, seeded, null, TimeSpan.Zero));
        }

        seeding.Stop();
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/documents?limit=5");
        await page.GotoAsync($"/documents/{saved.DocumentId}");

        var documentView = await TimeNavigationAsync(page, $"/documents/{saved.DocumentId}");
        await Assertions.Expect(page.Locator("mark.flag-mark", new() { HasText = Corpus.KnownFlagStated })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "12-largest-document");

        var list = await TimeNavigationAsync(page, "/documents?limit=1000");
        await Assertions.Expect(page.Locator("#document-list tbody tr")).ToHaveCountAsync(1000);
        await BrowserFixture.ScreenshotAsync(page, "13-list-1000");

        var report = $"""
            Document view of {Path.GetFileName(Corpus.LargestPdf)} ({largest.Report.Source.PageCount} pages, {largest.Report.Flags.Count} flags, {largest.Report.Figures.Count} figures): {documentView.Total.TotalMilliseconds:0} ms to the load event, {documentView.Interactive.TotalMilliseconds:0} ms to DOM interactive (server answer {documentView.Server.TotalMilliseconds:0} ms, {documentView.Bytes / 1024} KiB of HTML)
            List of 1.000 documents: {list.Total.TotalMilliseconds:0} ms to the load event, {list.Interactive.TotalMilliseconds:0} ms to DOM interactive (server answer {list.Server.TotalMilliseconds:0} ms, {list.Bytes / 1024} KiB of HTML)
            (store seeded with 1.000 documents in {seeding.Elapsed.TotalSeconds:0.0} s; machine load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores)
            """;
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "rendering-times.txt"), report);
        await page.Context.CloseAsync();
    }

    /// <summary>The second of two loads (the first warms the server's code paths): navigation start to load event, and time to the response's last byte.</summary>
    private static async Task<(TimeSpan Total, TimeSpan Server, long Bytes, TimeSpan Interactive)> TimeNavigationAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.GotoAsync(url);
        var timing = await page.EvaluateAsync<double[]>("() => { const n = performance.getEntriesByType('navigation')[0]; return [n.loadEventEnd - n.startTime, n.responseEnd - n.requestStart, n.encodedBodySize, n.responseEnd - n.startTime, n.domInteractive - n.startTime, n.domContentLoadedEventEnd - n.startTime]; }");
        return (TimeSpan.FromMilliseconds(timing[0]), TimeSpan.FromMilliseconds(timing[1]), (long)timing[2], TimeSpan.FromMilliseconds(timing[4]));
    }
}

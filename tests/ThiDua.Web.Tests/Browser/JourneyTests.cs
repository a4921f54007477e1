using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThiDua.Store;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Browser;

/// <summary>
/// The reviewer's journey in a real browser against the real server and store: upload two corpus reports, see them listed,
/// open one, see a flag highlighted where it stands, correct a value, find the correction in the XLSX export, compare two
/// versions. Each page is saved as a screenshot.
/// </summary>
public sealed partial class JourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Upload_list_open_flag_correct_export_and_compare()
    {
        await using var host = await WebAppHost.StartAsync();
        var page = await browser.NewPageAsync(host.BaseAddress);

        // Upload two reports by choosing them in the drop zone's file picker; each row ends "done" with a link.
        await page.GotoAsync("/upload");
        await page.Locator("#file-input").SetInputFilesAsync([Corpus.LargestPdf, Corpus.Docx]);
        await Assertions.Expect(page.Locator("#upload-list tr[data-state=done]")).ToHaveCountAsync(2, new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("#upload-summary")).ToContainTextAsync("2/2");
        await BrowserFixture.ScreenshotAsync(page, "01-upload");

        // Both are listed, with their flag counts.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tài liệu", Exact = true }).ClickAsync();
        var list = page.Locator("#document-list");
        await Assertions.Expect(list).ToContainTextAsync("001.pdf");
        await Assertions.Expect(list).ToContainTextAsync("000.docx");
        await BrowserFixture.ScreenshotAsync(page, "02-list");

        // Open the PDF; the sum that does not add up (10.994 against 2.190 + 8.943) is marked in its paragraph.
        await list.GetByRole(AriaRole.Link, new() { Name = "001.pdf" }).ClickAsync();
        var flagMark = page.Locator("mark.flag-mark", new() { HasText = Corpus.KnownFlagStated });
        await Assertions.Expect(flagMark).ToHaveCountAsync(1);
        var flagId = await flagMark.GetAttributeAsync("data-flag");
        var flagItem = page.Locator($"#flag-{flagId}");
        await Assertions.Expect(flagItem).ToContainTextAsync("Tổng không khớp");
        await flagItem.GetByRole(AriaRole.Link, new() { Name = "Xem chỗ này / Show" }).ClickAsync();
        await Assertions.Expect(flagMark).ToBeInViewportAsync();
        var paragraph = flagMark.Locator("xpath=ancestor::p[1]");
        await Assertions.Expect(paragraph).ToHaveClassAsync(new Regex("flagged"));
        var flagPage = await paragraph.GetAttributeAsync("data-page");
        await Assertions.Expect(page.Locator("#page-number")).ToHaveTextAsync(flagPage!);
        await Assertions.Expect(page.Locator("#page-image")).ToHaveAttributeAsync("src", new Regex($"/pages/{flagPage}\\.png$"));
        await page.WaitForFunctionAsync("() => { const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 300; }");
        await BrowserFixture.ScreenshotAsync(page, "03-document-flag");

        // Correct the first award's count in the dialog; the page shows the new value and who made it.
        await page.Locator("#award-0 button.edit").ClickAsync();
        var dialog = page.Locator("#correction-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Locator("#correction-new").FillAsync("777");
        await page.Locator("#correction-comment").FillAsync("đối chiếu bản gốc trang 20");
        await BrowserFixture.ScreenshotAsync(page, "04-correction-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu sửa đổi / Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#award-0 .new-value")).ToHaveTextAsync("777");
        await Assertions.Expect(page.Locator("#corrections")).ToContainTextAsync("awards/0/count");
        await Assertions.Expect(page.Locator("#corrections")).ToContainTextAsync("local:");
        await page.Locator("#award-0").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "05-corrected");

        // The XLSX export downloaded from the export page holds the corrected count.
        await page.GetByRole(AriaRole.Link, new() { Name = "Xuất dữ liệu" }).ClickAsync();
        await page.Locator("select[name=format]").SelectOptionAsync("xlsx");
        await BrowserFixture.ScreenshotAsync(page, "06-export");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-download").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var saved = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-export.xlsx");
        await download.SaveAsAsync(saved);
        Assert.Contains(XlsxText.Sheets(await File.ReadAllBytesAsync(saved)), sheet => sheet.Contains(">777<", StringComparison.Ordinal));

        // A second extraction of the same file (another pipeline version) gives a version 2; compare it with version 1.
        var documentId = (await host.Store.ListDocumentsAsync(new DocumentQuery(Format: "pdf"))).Items.Single().Id;
        await AddSecondVersionAsync(host.Store, documentId);
        await page.GotoAsync($"/documents/{documentId}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("So sánh v1 ↔ v2") }).ClickAsync();
        await Assertions.Expect(page.Locator("#diff-summary")).ToBeVisibleAsync();
        var awardChange = page.Locator("#diff-awards tr.change-changed").First;
        await Assertions.Expect(awardChange).ToContainTextAsync("count");
        await Assertions.Expect(page.Locator("#diff-paragraphs ins").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#diff-paragraphs del").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "07-diff", fullPage: true);
        await awardChange.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Assertions.Expect(page.Locator("#diff-awards .decision.rejected").First).ToBeVisibleAsync();
        var rejected = (await host.Store.ListCorrectionsAsync(documentId)).Last();
        Assert.Equal(2, rejected.Version);
        Assert.EndsWith("/count", rejected.Target);

        // The dashboard charts the awards and shows the official summary table.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tổng hợp" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chart svg rect.bar").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#summary-table")).ToContainTextAsync("Tập thể");
        await BrowserFixture.ScreenshotAsync(page, "08-dashboard", fullPage: true);
        await page.Context.CloseAsync();
    }

    /// <summary>Stores a second extraction as another pipeline run would: one award count and one paragraph read differently.</summary>
    private static async Task AddSecondVersionAsync(IReportStore store, long documentId)
    {
        var document = (await store.GetDocumentAsync(documentId))!;
        var first = (await store.GetExtractionAsync(documentId, 1))!.Report!;
        var awards = first.Awards.ToList();
        awards[1] = awards[1] with { Count = awards[1].Count + 5 };
        var section = first.Sections[0];
        var block = section.Blocks.First(b => b.Text is { Length: > 40 });
        var changedBlock = block with { Text = block.Text!.Replace("6 tháng", "sáu tháng", StringComparison.Ordinal) + " (bản đọc lại)" };
        var sections = first.Sections.ToList();
        sections[0] = section with { Blocks = [.. section.Blocks.Select(b => b.Id == block.Id ? changedBlock : b)] };
        var second = first with { Awards = awards, Sections = sections, Source = first.Source with { PipelineVersion = "tests-second-run" } };
        var sourceFile = Path.Combine(Path.GetTempPath(), $"thidua-second-{Guid.NewGuid():n}.pdf");
        await using (var bytes = (await store.OpenSourceAsync(documentId))!)
        await using (var output = File.Create(sourceFile))
        {
            await bytes.CopyToAsync(output);
        }

        var saved = await store.SaveAsync(new IngestedFile("/web-upload/001.pdf", document.Sha256, sourceFile, "tests-second-run", second, null, TimeSpan.Zero));
        File.Delete(sourceFile);
        Assert.Equal(2, saved.Version);
    }
}

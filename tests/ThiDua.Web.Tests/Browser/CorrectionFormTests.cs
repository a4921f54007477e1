using System.Net.Http.Json;
using Microsoft.Playwright;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Browser;

/// <summary>
/// The page's correction form checks a correction as the API does: an unreadable value (400) or a value changed meanwhile
/// by someone else (409) is refused, the dialog comes back with the reason beside the field and what the reviewer typed,
/// and nothing is stored until the reviewer saves a correction that applies.
/// </summary>
public sealed class CorrectionFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_bad_or_stale_correction_is_refused_beside_the_field_keeping_what_was_typed()
    {
        await using var host = await WebAppHost.StartAsync();
        using var client = host.CreateClient();
        var documentId = (await host.UploadAndWaitAsync(client, Corpus.SmallestDocx))[0].GetProperty("documentId").GetInt64();
        var extracted = (await host.Store.GetExtractionAsync(documentId))!.Report!.Awards[0].Count;
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync($"/documents/{documentId}");
        var dialog = page.Locator("#correction-dialog");
        var error = page.Locator("#correction-error");

        // A count that is not a number: refused with 400, the reason (Vietnamese, then English) under the field.
        await page.Locator("#award-0 button.edit").ClickAsync();
        await Assertions.Expect(error).ToBeHiddenAsync();
        await page.Locator("#correction-new").FillAsync("mười hai");
        await page.Locator("#correction-comment").FillAsync("đếm lại theo quyết định");
        Assert.Equal(400, await SaveAsync(page));
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(error).ToBeVisibleAsync();
        var reason = await error.TextContentAsync() ?? "";
        var vietnamese = reason.IndexOf("Giá trị mới 'mười hai' không hợp lệ", StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && reason.IndexOf("The new value is not valid", StringComparison.Ordinal) > vietnamese, reason);
        await Assertions.Expect(page.Locator("#correction-new")).ToHaveValueAsync("mười hai");
        await Assertions.Expect(page.Locator("#correction-comment")).ToHaveValueAsync("đếm lại theo quyết định");
        await Assertions.Expect(page.Locator("#correction-old-text")).ToHaveTextAsync(extracted.ToString());
        await BrowserFixture.ScreenshotAsync(page, "14-correction-refused");
        Assert.Empty(await host.Store.ListCorrectionsAsync(documentId));

        // Cancelling and opening the dialog again starts clean.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy / Cancel" }).ClickAsync();
        await page.Locator("#award-0 button.edit").ClickAsync();
        await Assertions.Expect(error).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#correction-new")).ToHaveValueAsync(extracted.ToString());

        // Meanwhile another reviewer changes the same count through the API: this page's old value is stale, 409.
        using (var other = await client.PostAsJsonAsync($"/api/documents/{documentId}/corrections",
                   new { target = "awards/0/count", oldValue = extracted.ToString(), newValue = (extracted + 1).ToString() }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, other.StatusCode);
        }

        await page.Locator("#correction-new").FillAsync("9");
        Assert.Equal(409, await SaveAsync(page));
        await Assertions.Expect(error).ToContainTextAsync($"Giá trị cũ '{extracted}' khác");
        await Assertions.Expect(error).ToContainTextAsync("The old value differs");
        await Assertions.Expect(page.Locator("#correction-new")).ToHaveValueAsync("9");
        await Assertions.Expect(page.Locator("#correction-old-text")).ToHaveTextAsync((extracted + 1).ToString());
        Assert.Single(await host.Store.ListCorrectionsAsync(documentId));

        // Saving again, now knowing the current value, applies.
        Assert.Equal(302, await SaveAsync(page));
        await Assertions.Expect(page.Locator("#award-0 .new-value")).ToHaveTextAsync("9");
        var corrections = await host.Store.ListCorrectionsAsync(documentId);
        Assert.Equal([(extracted + 1).ToString(), "9"], corrections.Select(c => c.NewValue));
        Assert.Equal((extracted + 1).ToString(), corrections[^1].OldValue);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_flag_decision_made_stale_by_another_reviewer_is_refused_with_its_reason_above_the_panels()
    {
        await using var host = await WebAppHost.StartAsync();
        using var client = host.CreateClient();
        var documentId = (await host.UploadAndWaitAsync(client, Corpus.SmallestDocx))[0].GetProperty("documentId").GetInt64();
        var flagId = (await host.Store.GetExtractionAsync(documentId))!.Report!.Flags[0].Id;
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync($"/documents/{documentId}");

        using (var other = await client.PostAsJsonAsync($"/api/documents/{documentId}/corrections", new { target = $"flags/{flagId}/status", oldValue = "open", newValue = "dismissed" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, other.StatusCode);
        }

        var status = await SubmitAsync(page, () => page.Locator($"#flag-{flagId}").GetByRole(AriaRole.Button, new() { Name = "Xác nhận sai" }).ClickAsync());
        Assert.Equal(409, status);
        var refused = page.Locator("#correction-refused");
        await Assertions.Expect(refused).ToContainTextAsync("Không lưu được / Not saved: Giá trị cũ 'open' khác");
        await Assertions.Expect(refused).ToContainTextAsync("The old value differs");
        await Assertions.Expect(page.Locator($"#flag-{flagId}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-dismissed"));
        Assert.Single(await host.Store.ListCorrectionsAsync(documentId));

        // The re-rendered page names the current status, so the decision now applies.
        await page.Locator($"#flag-{flagId}").GetByRole(AriaRole.Button, new() { Name = "Xác nhận sai" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#flag-{flagId}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-confirmed"));
        Assert.Equal(["dismissed", "confirmed"], (await host.Store.ListCorrectionsAsync(documentId)).Select(c => c.NewValue));
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Save; returns the status of the form's POST (302 when stored, 400 or 409 when refused) once the answer is shown.</summary>
    private static async Task<int> SaveAsync(IPage page)
    {
        var dialog = page.Locator("#correction-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        return await SubmitAsync(page, () => dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu sửa đổi / Save" }).ClickAsync());
    }

    /// <summary>Runs a click that posts a correction form; waits for the POST's answer and for the page it leads to to be committed.</summary>
    private static async Task<int> SubmitAsync(IPage page, Func<Task> click)
    {
        var response = await page.RunAndWaitForResponseAsync(click,
            r => r.Request.Method == "POST" && r.Url.EndsWith("/corrections", StringComparison.Ordinal), new() { Timeout = 90_000 });
        var shown = response.Status == 302 ? new System.Text.RegularExpressions.Regex(@"/documents/\d+\?version=\d+") : new System.Text.RegularExpressions.Regex("/corrections$");
        await page.WaitForURLAsync(shown, new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        return response.Status;
    }
}

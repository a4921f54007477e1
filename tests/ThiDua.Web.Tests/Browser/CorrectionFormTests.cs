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
        var refused = await SaveAsync(page);
        Assert.Equal(400, refused.Status);
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
        var stale = await SaveAsync(page);
        Assert.Equal(409, stale.Status);
        await Assertions.Expect(error).ToContainTextAsync($"Giá trị cũ '{extracted}' khác");
        await Assertions.Expect(error).ToContainTextAsync("The old value differs");
        await Assertions.Expect(page.Locator("#correction-new")).ToHaveValueAsync("9");
        await Assertions.Expect(page.Locator("#correction-old-text")).ToHaveTextAsync((extracted + 1).ToString());
        Assert.Single(await host.Store.ListCorrectionsAsync(documentId));

        // Saving again, now knowing the current value, applies.
        var saved = await SaveAsync(page);
        Assert.Equal(200, saved.Status);
        await Assertions.Expect(page.Locator("#award-0 .new-value")).ToHaveTextAsync("9");
        var corrections = await host.Store.ListCorrectionsAsync(documentId);
        Assert.Equal([(extracted + 1).ToString(), "9"], corrections.Select(c => c.NewValue));
        Assert.Equal((extracted + 1).ToString(), corrections[^1].OldValue);
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Save and returns the response to the form's POST after its redirect, if any (the page the browser shows).</summary>
    private static async Task<IResponse> SaveAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("#correction-dialog").GetByRole(AriaRole.Button, new() { Name = "Lưu sửa đổi / Save" }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Status is < 300 or >= 400);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return response;
    }
}

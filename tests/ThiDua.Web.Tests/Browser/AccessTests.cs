using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThiDua.Store;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Browser;

/// <summary>In the browser: a viewer signed in on a login-protected server cannot correct; an upload over the limit shows its message.</summary>
public sealed class AccessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_viewer_signs_in_reads_and_cannot_correct()
    {
        await using var host = await WebAppHost.StartAsync(requireLogin: true);
        await Accounts.AddAsync(host.Store, "minh", UserRoles.Viewer);
        using (var reviewer = host.CreateClient())
        {
            await Accounts.AddAsync(host.Store, "lan", UserRoles.Reviewer);
            await Accounts.SignInAsync(reviewer, "lan");
            reviewer.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Accounts.MetaToken(await reviewer.GetStringAsync("/upload")));
            await host.UploadAndWaitAsync(reviewer, Corpus.Docx);
        }

        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/documents");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("Tên đăng nhập / User name").FillAsync("minh");
        await page.GetByLabel("Mật khẩu / Password").FillAsync("sai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập / Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".message.error")).ToContainTextAsync("Sai tên đăng nhập hoặc mật khẩu");
        await BrowserFixture.ScreenshotAsync(page, "09-login-refused");
        await page.GetByLabel("Mật khẩu / Password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập / Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("header .who")).ToContainTextAsync("minh · người xem");

        await page.GetByRole(AriaRole.Link, new() { Name = "000.docx" }).ClickAsync();
        await Assertions.Expect(page.Locator("#awards")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button.edit")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#correction-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".message")).ToContainTextAsync("quyền người xem");
        await BrowserFixture.ScreenshotAsync(page, "10-viewer-document");

        // Even a request made by hand from the viewer's page, with the page's token, is refused.
        var status = await page.EvaluateAsync<int>(@"async () => {
            const token = document.querySelector('meta[name=""csrf-token""]').content;
            const r = await fetch(location.pathname.replace('/documents/', '/api/documents/') + '/corrections', {
                method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
                body: JSON.stringify({ target: 'awards/0/count', newValue: '1' }) });
            return r.status; }");
        Assert.Equal(403, status);
        await page.GotoAsync("/upload");
        await Assertions.Expect(page.Locator(".message.error")).ToContainTextAsync("không được tải lên");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_its_message_and_the_others_go_through()
    {
        await using var host = await WebAppHost.StartAsync(maxFileBytes: 150_000);
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/upload");
        await page.Locator("#file-input").SetInputFilesAsync([Corpus.LargestPdf, Corpus.SmallestDocx]);
        var rejected = page.Locator("#upload-list tr[data-state=rejected]");
        await Assertions.Expect(rejected).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(rejected).ToContainTextAsync("001.pdf: tệp quá lớn (0.2 MB), tối đa 0.1 MB mỗi tệp / the file is too large");
        await Assertions.Expect(page.Locator("#upload-list tr[data-state=done]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "11-upload-too-large");
        await page.Context.CloseAsync();
    }
}

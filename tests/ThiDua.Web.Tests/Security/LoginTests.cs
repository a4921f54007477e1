using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Store;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Security;

/// <summary>A server that requires a login (as off loopback): who gets in, and a viewer cannot correct, review or upload.</summary>
public sealed class LoginTests : IAsyncLifetime
{
    private WebAppHost _host = null!;
    private long _documentId;

    public async Task InitializeAsync()
    {
        _host = await WebAppHost.StartAsync(requireLogin: true);
        await Accounts.AddAsync(_host.Store, "lan", UserRoles.Reviewer);
        await Accounts.AddAsync(_host.Store, "minh", UserRoles.Viewer);
        using var reviewer = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, await Accounts.SignInAsync(reviewer, "lan"));
        var page = await reviewer.GetStringAsync("/upload");
        reviewer.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Accounts.MetaToken(page));
        _documentId = (await _host.UploadAndWaitAsync(reviewer, Corpus.SmallestDocx))[0].GetProperty("documentId").GetInt64();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_pages_go_to_the_login_and_the_api_answers_401()
    {
        using var client = _host.CreateClient();
        using var page = await client.GetAsync("/documents");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.PathAndQuery);
        using var api = await client.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        using var login = await client.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, await Accounts.SignInAsync(client, "lan", "sai-mat-khau"));
        using var api = await client.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_correct_review_or_upload()
    {
        using var viewer = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, await Accounts.SignInAsync(viewer, "minh"));
        var page = await viewer.GetStringAsync($"/documents/{_documentId}");
        Assert.Contains("quyền người xem", page);
        Assert.DoesNotContain("data-target=", page);
        Assert.DoesNotContain("correction-dialog", page);
        viewer.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Accounts.MetaToken(page));

        using var correction = await viewer.PostAsJsonAsync($"/api/documents/{_documentId}/corrections", new { target = "awards/0/count", newValue = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, correction.StatusCode);
        using var review = await viewer.PutAsJsonAsync($"/api/documents/{_documentId}/review", new { state = "reviewed" });
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        using var form = await viewer.PostAsync($"/documents/{_documentId}/corrections", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Accounts.FormToken(page),
            ["version"] = "1", ["target"] = "awards/0/count", ["newValue"] = "1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.StartsWith("/denied", form.Headers.Location?.PathAndQuery);
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Corpus.Docx)), "files", "000.docx" } };
        using var uploaded = await viewer.PostAsync("/api/documents", upload);
        Assert.Equal(HttpStatusCode.Forbidden, uploaded.StatusCode);
        Assert.DoesNotContain(await _host.Store.ListCorrectionsAsync(_documentId), c => c.User == "minh");
    }

    [Fact]
    public async Task A_reviewer_correction_records_the_reviewer()
    {
        using var reviewer = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, await Accounts.SignInAsync(reviewer, "lan"));
        var page = await reviewer.GetStringAsync($"/documents/{_documentId}");
        Assert.Contains("correction-dialog", page);
        reviewer.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Accounts.MetaToken(page));
        using var correction = await reviewer.PostAsJsonAsync($"/api/documents/{_documentId}/corrections", new { target = "document/issuer", newValue = "UBND xã Mới" });
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        Assert.Equal("lan", (await correction.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetString());
    }
}

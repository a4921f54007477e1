using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Extractors.Model;
using ThiDua.Ingest;
using ThiDua.Store;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Security;

/// <summary>Upload limits, names never used as paths, escaping of extracted text, security headers, cross-site requests.</summary>
public sealed class SafetyTests : IAsyncLifetime
{
    private WebAppHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await WebAppHost.StartAsync(maxFileBytes: 150_000, maxFiles: 2);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_its_name_and_the_limit_and_the_others_go_on()
    {
        var statuses = await _host.UploadAndWaitAsync(_client, Corpus.LargestPdf, Corpus.SmallestDocx);
        Assert.Equal("rejected", statuses[0].GetProperty("state").GetString());
        Assert.Equal("too_large", statuses[0].GetProperty("errorCode").GetString());
        var message = statuses[0].GetProperty("message").GetString()!;
        Assert.StartsWith("001.pdf: tệp quá lớn", message);
        Assert.Contains("too large", message);
        Assert.Contains("0.1 MB", message);
        Assert.Equal("done", statuses[1].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Too_many_files_in_one_upload_are_refused_as_a_whole()
    {
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 3; i++) form.Add(new ByteArrayContent(File.ReadAllBytes(Corpus.SmallestDocx)), "files", $"{i}.docx");
        using var response = await _client.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Quá nhiều tệp trong một lần tải: 3, tối đa 2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_name_with_a_path_is_only_a_name_and_the_bytes_are_stored_by_hash_and_read_by_content()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Corpus.SmallestDocx)), "files", "../../etc/bao-cao.txt" } };
        using var response = await _client.PostAsync("/api/documents", form);
        var status = (await response.Content.ReadFromJsonAsync<JsonElement[]>())![0];
        Assert.Equal("bao-cao.txt", status.GetProperty("fileName").GetString());
        JsonElement done;
        do
        {
            await Task.Delay(200);
            done = await _client.GetFromJsonAsync<JsonElement>("/api/uploads/" + status.GetProperty("uploadId").GetString());
        }
        while (done.GetProperty("state").GetString() is "queued" or "processing");

        Assert.Equal("done", done.GetProperty("state").GetString());
        var report = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{done.GetProperty("documentId").GetInt64()}");
        Assert.Equal("docx", report.GetProperty("source").GetProperty("format").GetString());
        var stored = Directory.GetFiles(Path.Combine(_host.Options.DataDirectory, "uploads")).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, name => Assert.Matches("^[0-9a-f]{64}$", name));
    }

    [Fact]
    public async Task Extracted_text_is_html_escaped_on_every_page()
    {
        var path = Corpus.SmallestDocx;
        var result = PipelineFactory.Create(TimeSpan.FromSeconds(60)).Ingest(path);
        var report = result.Report!;
        const string script = "<script>alert('x')</script>";
        const string image = "<img src=x onerror=alert(1)>";
        var hostile = report with
        {
            Document = report.Document with { Issuer = image, Title = script },
            Sections = [.. report.Sections.Select((s, i) => i == 0 ? s with { Title = script, Blocks = [Block.Paragraph("bx", "Số liệu " + script + " 12", [])] } : s)],
        };
        var saved = await _host.Store.SaveAsync(new IngestedFile("/tests/hostile.docx", new string('a', 64), path, "tests/hostile", hostile, null, TimeSpan.Zero));

        foreach (var url in new[] { $"/documents/{saved.DocumentId}", "/documents", "/dashboard" })
        {
            var html = await _client.GetStringAsync(url);
            Assert.DoesNotContain(script, html);
            Assert.DoesNotContain(image, html);
        }

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", await _client.GetStringAsync($"/documents/{saved.DocumentId}"));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        foreach (var url in new[] { "/documents", "/api/documents", "/assets/app.js", "/login" })
        {
            using var response = await _client.GetAsync(url);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task A_request_from_another_site_without_the_page_token_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Corpus.SmallestDocx)), "files", "x.docx" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("Origin", "http://attacker.example");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tải lại trang", await response.Content.ReadAsStringAsync());

        using var correction = new HttpRequestMessage(HttpMethod.Post, "/api/documents/1/corrections") { Content = JsonContent.Create(new { target = "document/issuer", newValue = "x" }) };
        correction.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var refused = await _client.SendAsync(correction);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}

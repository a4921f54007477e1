using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Api;

/// <summary>The JSON API over the real SQLite store: upload two corpus reports, list, filter, fetch, versions, OpenAPI.</summary>
public sealed class DocumentApiTests : IAsyncLifetime
{
    private WebAppHost _host = null!;
    private HttpClient _client = null!;
    private IReadOnlyList<JsonElement> _uploaded = [];

    public async Task InitializeAsync()
    {
        _host = await WebAppHost.StartAsync();
        _client = _host.CreateClient();
        _uploaded = await _host.UploadAndWaitAsync(_client, Corpus.LargestPdf, Corpus.Docx);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public void Upload_ingests_each_file_in_the_background_and_gives_its_document_id()
    {
        Assert.Equal(["001.pdf", "000.docx"], _uploaded.Select(u => u.GetProperty("fileName").GetString()));
        Assert.All(_uploaded, u => Assert.Equal("done", u.GetProperty("state").GetString()));
        Assert.All(_uploaded, u => Assert.True(u.GetProperty("documentId").GetInt64() > 0));
        Assert.NotEqual(_uploaded[0].GetProperty("documentId").GetInt64(), _uploaded[1].GetProperty("documentId").GetInt64());
    }

    [Fact]
    public async Task Same_bytes_uploaded_again_are_not_a_new_version()
    {
        var again = await _host.UploadAndWaitAsync(_client, Corpus.Docx);
        Assert.Equal(_uploaded[1].GetProperty("documentId").GetInt64(), again[0].GetProperty("documentId").GetInt64());
        Assert.False(again[0].GetProperty("newVersion").GetBoolean());
        Assert.Contains("đã có trong kho", again[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_filters_and_sorts()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/documents");
        Assert.Equal(2, all.GetProperty("total").GetInt32());

        var pdf = await _client.GetFromJsonAsync<JsonElement>("/api/documents?format=pdf");
        var only = Assert.Single(pdf.GetProperty("items").EnumerateArray());
        Assert.Equal("001.pdf", only.GetProperty("fileName").GetString());
        Assert.True(only.GetProperty("flagCount").GetInt32() > 0);
        Assert.Equal("unreviewed", only.GetProperty("reviewState").GetString());

        var byIssuer = await _client.GetFromJsonAsync<JsonElement>("/api/documents?issuer=" + Uri.EscapeDataString("UBND huyện Cao Lộc"));
        Assert.Equal("001.pdf", Assert.Single(byIssuer.GetProperty("items").EnumerateArray()).GetProperty("fileName").GetString());
        var bySearch = await _client.GetFromJsonAsync<JsonElement>("/api/documents?search=" + Uri.EscapeDataString("thanh lò"));
        Assert.Equal("000.docx", Assert.Single(bySearch.GetProperty("items").EnumerateArray()).GetProperty("fileName").GetString());

        var byFlags = await _client.GetFromJsonAsync<JsonElement>("/api/documents?sort=flags&desc=true");
        var counts = byFlags.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("flagCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public async Task Document_is_the_canonical_json_of_the_uploaded_bytes_under_its_own_name()
    {
        var id = _uploaded[0].GetProperty("documentId").GetInt64();
        using var response = await _client.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var source = report.GetProperty("source");
        Assert.Equal("001.pdf", source.GetProperty("fileName").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Corpus.LargestPdf))), source.GetProperty("sha256").GetString());
        Assert.Contains(report.GetProperty("flags").EnumerateArray(), f => f.GetProperty("kind").GetString() == "sum_mismatch" && f.GetProperty("stated").GetDecimal() == 10994m);

        var versions = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/versions");
        Assert.Equal(1, Assert.Single(versions.EnumerateArray()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Unknown_document_and_version_are_404_with_a_vietnamese_message()
    {
        using var missing = await _client.GetAsync("/api/documents/9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không có tài liệu", await missing.Content.ReadAsStringAsync());
        var id = _uploaded[0].GetProperty("documentId").GetInt64();
        using var version = await _client.GetAsync($"/api/documents/{id}?version=7");
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var openApi = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/documents", paths);
        Assert.Contains("/api/documents/{id}", paths);
        Assert.Contains("/api/documents/{id}/corrections", paths);
        Assert.Contains("/api/export", paths);
        Assert.DoesNotContain("/documents", paths);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Web.Tests.Infrastructure;

namespace ThiDua.Web.Tests.Api;

/// <summary>Corrections, review state and exports over the API, against the real store and the real exporters.</summary>
public sealed class ReviewApiTests : IAsyncLifetime
{
    private WebAppHost _host = null!;
    private HttpClient _client = null!;
    private long _documentId;

    public async Task InitializeAsync()
    {
        _host = await WebAppHost.StartAsync();
        _client = _host.CreateClient();
        _documentId = (await _host.UploadAndWaitAsync(_client, Corpus.Docx))[0].GetProperty("documentId").GetInt64();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_correction_records_its_user_and_reaches_the_xlsx_export()
    {
        var report = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{_documentId}");
        var oldCount = report.GetProperty("awards")[0].GetProperty("count").GetInt32();
        using var posted = await _client.PostAsJsonAsync($"/api/documents/{_documentId}/corrections",
            new { target = "awards/0/count", oldValue = oldCount.ToString(), newValue = "4321", comment = "kiểm tra lại với bản gốc" });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var corrections = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{_documentId}/corrections");
        var correction = Assert.Single(corrections.EnumerateArray());
        Assert.Equal("awards/0/count", correction.GetProperty("target").GetString());
        Assert.StartsWith("local:", correction.GetProperty("user").GetString());

        using var export = await _client.GetAsync("/api/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var sheets = XlsxText.Sheets(await export.Content.ReadAsByteArrayAsync());
        Assert.Contains(sheets, sheet => sheet.Contains(">4321<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_old_value_or_an_unknown_target_is_refused_and_not_stored()
    {
        var report = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{_documentId}");
        var oldCount = report.GetProperty("awards")[0].GetProperty("count").GetInt32();

        using var stale = await _client.PostAsJsonAsync($"/api/documents/{_documentId}/corrections",
            new { target = "awards/0/count", oldValue = (oldCount + 1).ToString(), newValue = "7" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("stale", await stale.Content.ReadAsStringAsync());

        using var unknown = await _client.PostAsJsonAsync($"/api/documents/{_documentId}/corrections",
            new { target = "awardz/0/count", oldValue = oldCount.ToString(), newValue = "7" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("bad_target", await unknown.Content.ReadAsStringAsync());

        var corrections = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{_documentId}/corrections");
        Assert.Empty(corrections.EnumerateArray());
    }

    [Fact]
    public async Task Review_state_is_set_and_listed_and_a_bad_state_is_refused()
    {
        using var put = await _client.PutAsJsonAsync($"/api/documents/{_documentId}/review", new { state = "reviewed" });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/documents?review=reviewed");
        Assert.Equal(_documentId, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());

        using var bad = await _client.PutAsJsonAsync($"/api/documents/{_documentId}/review", new { state = "done" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Trạng thái không hợp lệ", await bad.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("csv", "application/zip")]
    [InlineData("json", "application/json")]
    [InlineData("summary-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Every_cli_export_format_downloads(string format, string contentType)
    {
        using var export = await _client.GetAsync($"/api/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(contentType, export.Content.Headers.ContentType?.MediaType);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Unknown_export_format_is_refused_with_the_known_ones()
    {
        using var export = await _client.GetAsync("/api/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains("summary-xlsx", await export.Content.ReadAsStringAsync());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Ingest.Web;
using ThiDua.Store;
using ThiDua.Store.Sqlite;

namespace ThiDua.Web.Tests.Infrastructure;

/// <summary>
/// The real web app on Kestrel, bound to 127.0.0.1 on a free port, over a fresh embedded SQLite store in a temporary
/// folder. Each test class gets its own (xunit class fixture or created in the test).
/// </summary>
public sealed class WebAppHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebAppHost(string root, SqliteReportStore store, WebApplication app, WebOptions options)
    {
        Root = root;
        Store = store;
        _app = app;
        Options = options;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string Root { get; }

    public SqliteReportStore Store { get; }

    public WebOptions Options { get; }

    public Uri BaseAddress { get; }

    public static async Task<WebAppHost> StartAsync(bool requireLogin = false, long maxFileBytes = 50L * 1024 * 1024, int maxFiles = 100)
    {
        var root = Path.Combine(Path.GetTempPath(), "thidua-web-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(root);
        var store = SqliteReportStore.Open(Path.Combine(root, "store.db"));
        var options = new WebOptions("http://127.0.0.1:0", Path.Combine(root, "web"), requireLogin, maxFileBytes, maxFiles);
        var app = WebServer.Build(options, store);
        await app.StartAsync();
        return new WebAppHost(root, store, app, options);
    }

    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>Uploads files through the API and waits until each is ingested; returns their final statuses.</summary>
    public async Task<IReadOnlyList<JsonElement>> UploadAndWaitAsync(HttpClient client, params string[] paths)
    {
        using var form = new MultipartFormDataContent();
        foreach (var path in paths) form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", Path.GetFileName(path));
        using var response = await client.PostAsync("/api/documents", form);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
        var finished = new List<JsonElement>();
        foreach (var status in queued)
        {
            var id = status.GetProperty("uploadId").GetString();
            var current = status;
            for (var attempt = 0; attempt < 600 && current.GetProperty("state").GetString() is "queued" or "processing"; attempt++)
            {
                await Task.Delay(200);
                current = await client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
            }

            finished.Add(current);
        }

        return finished;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

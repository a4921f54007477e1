using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Ocr.Azure;
using ThiDua.Extractors.Readers.Pdf.Layout;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Azure;

/// <summary>The Azure Document Intelligence client against a local stand-in speaking the documented protocol.</summary>
public sealed class AzureLayoutEngineTests : IDisposable
{
    private const string Key = "k3y-that-must-never-be-logged-0123456789";

    /// <summary>A two-line page in inches, as prebuilt-layout returns it for a PDF page.</summary>
    private const string TwoLines = """
        {"apiVersion":"2023-07-31","modelId":"prebuilt-layout","content":"BÁO CÁO\nTổng kết năm 2023","pages":[{"pageNumber":1,"angle":0,"width":8.2639,"height":11.6806,"unit":"inch",
         "words":[{"content":"BÁO","polygon":[3.5,1.0,4.0,1.0,4.0,1.2,3.5,1.2],"confidence":0.99,"span":{"offset":0,"length":3}},
                  {"content":"CÁO","polygon":[4.1,1.0,4.6,1.0,4.6,1.2,4.1,1.2],"confidence":0.99,"span":{"offset":4,"length":3}},
                  {"content":"Tổng","polygon":[1.0,2.0,1.5,2.0,1.5,2.2,1.0,2.2],"confidence":0.98,"span":{"offset":8,"length":4}},
                  {"content":"kết","polygon":[1.6,2.0,1.9,2.0,1.9,2.2,1.6,2.2],"confidence":0.98,"span":{"offset":13,"length":3}},
                  {"content":"năm","polygon":[2.0,2.0,2.4,2.0,2.4,2.2,2.0,2.2],"confidence":0.98,"span":{"offset":17,"length":3}},
                  {"content":"2023","polygon":[2.5,2.0,2.9,2.0,2.9,2.2,2.5,2.2],"confidence":0.98,"span":{"offset":21,"length":4}}],
         "lines":[{"content":"BÁO CÁO","polygon":[3.5,0.98,4.6,0.98,4.6,1.22,3.5,1.22],"spans":[{"offset":0,"length":7}]},
                  {"content":"Tổng kết năm 2023","polygon":[1.0,1.98,2.9,1.98,2.9,2.22,1.0,2.22],"spans":[{"offset":8,"length":17}]}]}]}
        """;

    private readonly AzureStandIn _server = new() { Result = TwoLines };
    private readonly string _file = Path.GetTempFileName();

    public AzureLayoutEngineTests() => File.WriteAllBytes(_file, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

    public void Dispose()
    {
        _server.Dispose();
        File.Delete(_file);
    }

    private AzureLayoutSettings Settings(int retries = 2) => new(_server.Endpoint, Key)
    {
        MaxRetries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        PollInterval = TimeSpan.FromMilliseconds(20),
        CallTimeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void Posts_the_bytes_to_prebuilt_layout_polls_the_operation_and_reads_words_into_positioned_text()
    {
        var polls = 0;
        _server.OnPoll = n =>
        {
            polls++;
            return n < 2 ? (200, new Dictionary<string, string> { ["Retry-After"] = "0" }, "{\"status\":\"running\"}") : _server.Defaults.Succeeded(n);
        };

        var pages = new AzureLayoutEngine(Settings()).ReadImage(_file, CancellationToken.None);

        var post = _server.Requests.Single(r => r.Method == "POST");
        Assert.Equal("/formrecognizer/documentModels/prebuilt-layout:analyze", post.Path);
        Assert.Contains("api-version=2023-07-31", post.Query, StringComparison.Ordinal);
        Assert.Equal(Key, post.Key);
        Assert.Equal(File.ReadAllBytes(_file), post.Body);
        Assert.Equal(3, polls);
        var page = Assert.Single(pages);
        Assert.Equal(8.2639 * 72, page.Width, 3);
        var lines = LineBuilder.Build(page);
        Assert.Equal(["BÁO CÁO", "Tổng kết năm 2023"], lines.Select(l => string.Join(" ", l.Chunks.Select(c => c.Text))));
        Assert.Equal(1.0 * 72, lines[1].Left, 3);
    }

    [Fact]
    public void A_pdf_asks_only_for_its_scanned_pages()
    {
        var sizes = new[] { new ThiDua.Extractors.Readers.Pdf.Engine.PdfPageText(1, 595, 842, []), new(3, 595, 842, []) };
        var pages = new AzureLayoutEngine(Settings()).ReadPdfPages(_file, sizes, CancellationToken.None);
        Assert.Contains("pages=1%2C3", _server.Requests.Single(r => r.Method == "POST").Query, StringComparison.Ordinal);
        Assert.Equal([1], pages.Select(p => p.Number));
    }

    [Fact]
    public void A_throttled_call_is_retried_after_the_time_Retry_After_asks_for()
    {
        _server.OnAnalyze = n => n == 0
            ? (429, new Dictionary<string, string> { ["Retry-After"] = "1" }, "{\"error\":{\"code\":\"429\",\"message\":\"Rate limit is exceeded.\"}}")
            : _server.Defaults.Accepted(n);

        var pages = new AzureLayoutEngine(Settings()).ReadImage(_file, CancellationToken.None);

        Assert.Single(pages);
        var posts = _server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(posts[1].At - posts[0].At).TotalSeconds:0.00} s, Retry-After said 1 s");
    }

    [Fact]
    public void Server_errors_are_retried_and_then_fail_the_file_with_the_service_answer()
    {
        _server.OnAnalyze = _ => (503, new Dictionary<string, string>(), "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}");

        var error = Assert.Throws<ReaderException>(() => new AzureLayoutEngine(Settings(retries: 2)).ReadImage(_file, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.ConversionFailed, error.Code);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Count("POST"));
    }

    [Fact]
    public void A_failed_operation_fails_the_file_with_the_service_error()
    {
        _server.OnPoll = _ => (200, new Dictionary<string, string>(), "{\"status\":\"failed\",\"error\":{\"code\":\"InvalidContent\",\"message\":\"The file is corrupted or format is unsupported.\"}}");

        var error = Assert.Throws<ReaderException>(() => new AzureLayoutEngine(Settings()).ReadImage(_file, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.ConversionFailed, error.Code);
        Assert.Contains("InvalidContent", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("POST"));
    }

    [Fact]
    public void A_call_without_answer_times_out_is_retried_and_ends_as_timeout()
    {
        _server.AnalyzeDelay = _ => TimeSpan.FromSeconds(5);
        var quick = new AzureLayoutSettings(_server.Endpoint, Key) { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(20), CallTimeout = TimeSpan.FromMilliseconds(500) };

        var error = Assert.Throws<ReaderException>(() => new AzureLayoutEngine(quick).ReadImage(_file, CancellationToken.None));

        Assert.Equal(ReaderErrorCodes.Timeout, error.Code);
        Assert.Equal(2, _server.Count("POST"));
    }

    [Fact]
    public void The_circuit_opens_after_repeated_failures_and_later_calls_fail_without_reaching_the_service()
    {
        _server.OnAnalyze = _ => (500, new Dictionary<string, string>(), "{}");
        var settings = new AzureLayoutSettings(_server.Endpoint, Key)
        {
            MaxRetries = 0, BreakerMinimumCalls = 2, BreakerFailureRatio = 0.5, BreakerBreakDuration = TimeSpan.FromSeconds(30),
        };
        var engine = new AzureLayoutEngine(settings);

        Assert.Throws<ReaderException>(() => engine.ReadImage(_file, CancellationToken.None));
        Assert.Throws<ReaderException>(() => engine.ReadImage(_file, CancellationToken.None));
        var third = Assert.Throws<ReaderException>(() => engine.ReadImage(_file, CancellationToken.None));

        Assert.Equal(2, _server.Count("POST"));
        Assert.Contains("circuit", third.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_key_is_sent_but_never_logged_nor_put_in_messages()
    {
        var logs = new List<string>();
        using var listener = new AzureEventSourceListener((e, message) => { lock (logs) logs.Add(message + " " + string.Join(" ", e.Payload ?? [])); }, EventLevel.Verbose);
        _server.OnAnalyze = _ => (401, new Dictionary<string, string>(), "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key.\"}}");
        var settings = Settings();

        var error = Assert.Throws<ReaderException>(() => new AzureLayoutEngine(settings).ReadImage(_file, CancellationToken.None));

        Assert.Equal(Key, _server.Requests[0].Key);
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, l => l.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(Key, error.Message + error.InnerException, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_need_both_endpoint_and_key()
    {
        Assert.Null(AzureLayoutSettings.From(null, Key));
        Assert.Null(AzureLayoutSettings.From("https://example.cognitiveservices.azure.com", " "));
        Assert.Null(AzureLayoutSettings.From("not a url", Key));
        var settings = AzureLayoutSettings.From("https://example.cognitiveservices.azure.com", Key);
        Assert.Equal("https://example.cognitiveservices.azure.com/", settings!.Endpoint.ToString());
    }
}

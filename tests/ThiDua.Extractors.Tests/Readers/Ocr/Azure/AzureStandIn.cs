using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThiDua.Extractors.Tests.Readers.Ocr.Azure;

/// <summary>
/// A stand-in for Azure Document Intelligence on 127.0.0.1 (free port, HttpListener) speaking the analyze/poll protocol:
/// POST .../prebuilt-layout:analyze answers through <see cref="OnAnalyze"/>, GET /operations/1 through
/// <see cref="OnPoll"/>. Every request is recorded.
/// </summary>
internal sealed class AzureStandIn : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public AzureStandIn()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Endpoint { get; }

    public List<Recorded> Requests { get; } = [];

    /// <summary>Answers a POST: status, headers, body; by default 202 with the operation's location.</summary>
    public Func<int, (int Status, Dictionary<string, string> Headers, string Body)>? OnAnalyze { get; set; }

    /// <summary>Answers the n-th GET of the operation (0-based); by default succeeded with <see cref="Result"/>.</summary>
    public Func<int, (int Status, Dictionary<string, string> Headers, string Body)>? OnPoll { get; set; }

    /// <summary>A delay before answering the n-th POST.</summary>
    public Func<int, TimeSpan> AnalyzeDelay { get; set; } = _ => TimeSpan.Zero;

    public string Result { get; set; } = "{}";

    public AzureStandInDefaults Defaults => new(this);

    public record Recorded(string Method, string Path, string Query, string? Key, byte[] Body, DateTime At);

    public int Count(string method)
    {
        lock (Requests) return Requests.Count(r => r.Method == method);
    }

    public void Dispose()
    {
        // Close alone: on Unix, Stop and then Close each unregister the prefix, and the second looks the endpoint up again,
        // binding its port anew, which fails when another test has taken the freed port meanwhile.
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var request = context.Request;
            int index;
            lock (Requests)
            {
                index = Requests.Count(r => r.Method == request.HttpMethod);
                Requests.Add(new Recorded(request.HttpMethod, request.Url!.AbsolutePath, request.Url.Query, request.Headers["Ocp-Apim-Subscription-Key"], body.ToArray(), DateTime.UtcNow));
            }

            (int Status, Dictionary<string, string> Headers, string Body) answer;
            if (request.HttpMethod == "POST")
            {
                await Task.Delay(AnalyzeDelay(index));
                answer = (OnAnalyze ?? Defaults.Accepted)(index);
            }
            else
            {
                answer = (OnPoll ?? Defaults.Succeeded)(index);
            }

            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // the client gave up (timeout test) or the listener stopped
        }
    }
}

/// <summary>The documented answers: 202 with Operation-Location, then succeeded with the result.</summary>
internal sealed class AzureStandInDefaults(AzureStandIn server)
{
    public (int, Dictionary<string, string>, string) Accepted(int _) =>
        (202, new Dictionary<string, string> { ["Operation-Location"] = new Uri(server.Endpoint, "operations/1").ToString(), ["Retry-After"] = "0" }, "");

    public (int, Dictionary<string, string>, string) Succeeded(int _) =>
        (200, new Dictionary<string, string>(), "{\"status\":\"succeeded\",\"analyzeResult\":" + server.Result + "}");
}

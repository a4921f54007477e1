using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>
/// The <c>prebuilt-layout</c> model of Azure Document Intelligence over its REST protocol, on Azure.Core's HTTP pipeline
/// (the key sent as <c>Ocp-Apim-Subscription-Key</c> by <see cref="SubscriptionKeyPolicy"/>) with Polly around each
/// call (<see cref="AzureResilience"/>): POST the bytes to <c>documentModels/prebuilt-layout:analyze</c>, expect 202 and
/// an <c>Operation-Location</c>, GET it until the status is <c>succeeded</c> (its <c>analyzeResult</c> returned) or
/// <c>failed</c>. One client per engine, so that the circuit breaker sees every call.
/// </summary>
public sealed class AzureLayoutClient
{
    private readonly AzureLayoutSettings _settings;
    private readonly HttpPipeline _pipeline;
    private readonly ResiliencePipeline<Response> _resilience;

    public AzureLayoutClient(AzureLayoutSettings settings)
    {
        _settings = settings;
        _pipeline = HttpPipelineBuilder.Build(new AzureLayoutClientOptions(settings),
            new SubscriptionKeyPolicy(new AzureKeyCredential(settings.Key)));
        _resilience = AzureResilience.Create(settings);
    }

    /// <summary>Analyzes a document; <paramref name="pages"/> (<c>1-3,5</c>) limits the pages read, null for all.
    /// Returns the <c>analyzeResult</c> element's JSON document.</summary>
    public JsonDocument Analyze(byte[] document, string? pages, CancellationToken cancellationToken)
    {
        var query = "api-version=" + Uri.EscapeDataString(_settings.ApiVersion) + (pages is null ? "" : "&pages=" + Uri.EscapeDataString(pages));
        var analyze = new Uri(_settings.Endpoint, "formrecognizer/documentModels/prebuilt-layout:analyze?" + query);
        using var started = Send(RequestMethod.Post, analyze, document, cancellationToken);
        if (started.Status != 202) throw Refused("analyze", started);
        if (!started.Headers.TryGetValue("Operation-Location", out var location) || !Uri.TryCreate(location, UriKind.Absolute, out var operation))
        {
            throw new AzureLayoutException("Azure Document Intelligence: 202 without Operation-Location", started.Status, null);
        }

        var deadline = DateTime.UtcNow + _settings.OperationTimeout;
        var wait = AzureResilience.RetryAfter(started, _settings.MaxRetryDelay) ?? _settings.PollInterval;
        while (true)
        {
            if (DateTime.UtcNow + wait > deadline)
            {
                throw new AzureLayoutException($"Azure Document Intelligence: the analysis did not finish within {_settings.OperationTimeout.TotalSeconds:0} s", 0, "Timeout");
            }

            Task.Delay(wait, cancellationToken).GetAwaiter().GetResult();
            using var polled = Send(RequestMethod.Get, operation, null, cancellationToken);
            if (polled.Status != 200) throw Refused("poll", polled);
            var body = JsonDocument.Parse(polled.Content.ToMemory());
            var status = body.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
            switch (status)
            {
                case "succeeded" when body.RootElement.TryGetProperty("analyzeResult", out _):
                    return body;
                case "failed" or "canceled" or "succeeded":
                    using (body)
                    {
                        var (code, message) = Error(body.RootElement);
                        throw new AzureLayoutException($"Azure Document Intelligence: analysis {status}: {code}: {message}", polled.Status, code);
                    }
            }

            body.Dispose();
            wait = AzureResilience.RetryAfter(polled, _settings.MaxRetryDelay) ?? _settings.PollInterval;
        }
    }

    private Response Send(RequestMethod method, Uri uri, byte[]? content, CancellationToken cancellationToken)
    {
        try
        {
            return _resilience.Execute(token =>
            {
                var message = _pipeline.CreateMessage();
                message.Request.Method = method;
                message.Request.Uri.Reset(uri);
                if (content is not null)
                {
                    message.Request.Headers.Add("Content-Type", "application/octet-stream");
                    message.Request.Content = RequestContent.Create(content);
                }

                message.BufferResponse = true;
                _pipeline.Send(message, token);
                return message.Response; // buffered: readable after the message is gone
            }, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new AzureLayoutException($"Azure Document Intelligence: no answer within {_settings.CallTimeout.TotalSeconds:0} s", 0, "Timeout", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new AzureLayoutException("Azure Document Intelligence: too many recent failures, calls paused (circuit open)", 0, "CircuitOpen", e);
        }
        catch (RequestFailedException e)
        {
            throw new AzureLayoutException("Azure Document Intelligence: " + e.Message, e.Status, e.ErrorCode, e);
        }
    }

    private static AzureLayoutException Refused(string step, Response response)
    {
        var (code, message) = (default(string), default(string));
        try
        {
            using var body = JsonDocument.Parse(response.Content.ToMemory());
            (code, message) = Error(body.RootElement);
        }
        catch (JsonException)
        {
        }

        return new AzureLayoutException($"Azure Document Intelligence: {step} answered HTTP {response.Status}: {code}: {message}", response.Status, code);
    }

    private static (string? Code, string? Message) Error(JsonElement root) =>
        root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? (error.TryGetProperty("code", out var c) ? c.GetString() : null, error.TryGetProperty("message", out var m) ? m.GetString() : null)
            : (null, null);
}

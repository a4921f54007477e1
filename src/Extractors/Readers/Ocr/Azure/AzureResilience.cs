using System.Globalization;
using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>
/// The Polly pipeline around every HTTP call to the service, outermost first: retries on 429 and 5xx (and on transport
/// errors and per-call timeouts) waiting what <c>Retry-After</c> says, else an exponential delay; a circuit breaker that
/// fails calls at once while the service keeps failing; a timeout per call.
/// </summary>
internal static class AzureResilience
{
    public static ResiliencePipeline<Response> Create(AzureLayoutSettings settings)
    {
        var builder = new ResiliencePipelineBuilder<Response>();
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Response>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = settings.RetryDelay,
                MaxDelay = settings.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryDelay)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<Response>
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, settings.BreakerMinimumCalls),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, settings.BreakerBreakDuration.TotalSeconds)),
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(settings.CallTimeout)
            .Build();
    }

    internal static bool IsTransient(Outcome<Response> outcome) =>
        outcome.Exception is TimeoutRejectedException or RequestFailedException or HttpRequestException or IOException
        || outcome.Result is { Status: 429 or >= 500 };

    /// <summary>The wait a throttled or unavailable service asks for (seconds or an HTTP date), capped; null when none.</summary>
    internal static TimeSpan? RetryAfter(Response? response, TimeSpan max)
    {
        if (response is null || !response.Headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            var wait = when - DateTimeOffset.UtcNow;
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < max ? wait : max;
        }

        return null;
    }
}

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>
/// Where and how to reach Azure Document Intelligence: the resource endpoint and key (from settings, or the environment:
/// <c>THIDUA_AZURE_DI_ENDPOINT</c>, <c>THIDUA_AZURE_DI_KEY</c>), the REST API version, the time limit of one HTTP call,
/// retries on throttling and server errors, the circuit breaker, the polling interval and the limit on one analysis.
/// Off unless both endpoint and key are given. The key never appears in <see cref="ToString"/>.
/// </summary>
public sealed class AzureLayoutSettings(Uri endpoint, string key)
{
    public const string EndpointVariable = "THIDUA_AZURE_DI_ENDPOINT";
    public const string KeyVariable = "THIDUA_AZURE_DI_KEY";

    public Uri Endpoint { get; } = endpoint;

    public string Key { get; } = key;

    public string ApiVersion { get; init; } = "2023-07-31";

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRetries { get; init; } = 4;

    /// <summary>Wait before a retry when the service gives no <c>Retry-After</c> (doubled each attempt).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest <c>Retry-After</c> honoured; a longer one is cut to this.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The breaker opens when this share of at least <see cref="BreakerMinimumCalls"/> calls fails ...</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumCalls { get; init; } = 4;

    /// <summary>... and stays open this long, failing calls at once.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The settings from the environment, or null (Azure off) unless both variables are set.</summary>
    public static AzureLayoutSettings? FromEnvironment() =>
        From(Environment.GetEnvironmentVariable(EndpointVariable), Environment.GetEnvironmentVariable(KeyVariable));

    public static AzureLayoutSettings? From(string? endpoint, string? key)
    {
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key)) return null;
        return Uri.TryCreate(endpoint.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? new AzureLayoutSettings(uri, key.Trim())
            : null;
    }

    public override string ToString() => $"Azure Document Intelligence {Endpoint} (api-version {ApiVersion}, key hidden)";
}

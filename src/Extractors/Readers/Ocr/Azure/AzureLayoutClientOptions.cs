using Azure.Core;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>Azure.Core pipeline options of the layout client: Azure.Core's own retries off (Polly retries instead),
/// its network timeout above the per-call limit so that Polly's timeout decides.</summary>
internal sealed class AzureLayoutClientOptions : ClientOptions
{
    public AzureLayoutClientOptions(AzureLayoutSettings settings)
    {
        Retry.MaxRetries = 0;
        Retry.NetworkTimeout = settings.CallTimeout + TimeSpan.FromSeconds(30);
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.IsTelemetryEnabled = false;
    }
}

using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>Puts the resource key in the <c>Ocp-Apim-Subscription-Key</c> header of every request (Azure.Core's own
/// key policy is internal). The header is not among Azure.Core's loggable headers, so its logs redact it.</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public const string Header = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(Header, credential.Key);
}

namespace ThiDua.Extractors.Readers.Ocr.Azure;

/// <summary>An analysis the service refused or failed: HTTP status (0 when none) and the service's error code.
/// Messages carry the status and the service's code and message, never the key.</summary>
public sealed class AzureLayoutException(string message, int status, string? errorCode, Exception? inner = null) : Exception(message, inner)
{
    public int Status { get; } = status;

    public string? ErrorCode { get; } = errorCode;
}

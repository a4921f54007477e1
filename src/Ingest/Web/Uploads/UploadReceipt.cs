namespace ThiDua.Ingest.Web.Uploads;

/// <summary>The answer to one upload request: 202 with each file's status, or a refusal of the whole request with its message.</summary>
public sealed record UploadReceipt(int StatusCode, string? Message, IReadOnlyList<UploadStatus> Files)
{
    public static UploadReceipt Refused(int statusCode, string message) => new(statusCode, message, []);
}

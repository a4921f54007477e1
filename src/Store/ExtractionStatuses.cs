namespace ThiDua.Store;

/// <summary>The status of one stored extraction: a report, or an error record with its code.</summary>
public static class ExtractionStatuses
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

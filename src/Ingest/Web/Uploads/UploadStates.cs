namespace ThiDua.Ingest.Web.Uploads;

/// <summary>Where one uploaded file stands: refused at the door, waiting, being read, recorded, or failed.</summary>
public static class UploadStates
{
    public const string Rejected = "rejected";
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Done = "done";
    public const string Failed = "failed";
}

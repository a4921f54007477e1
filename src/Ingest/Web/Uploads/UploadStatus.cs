namespace ThiDua.Ingest.Web.Uploads;

/// <summary>
/// One uploaded file's progress: State of <see cref="UploadStates"/>; DocumentId and Version once recorded (a failed
/// file is recorded too, with its error); Message in Vietnamese then English, naming the file.
/// </summary>
public sealed record UploadStatus(
    string UploadId,
    string FileName,
    string State,
    long? DocumentId,
    int? Version,
    bool? NewVersion,
    string? ErrorCode,
    string? Message);

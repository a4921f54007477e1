namespace ThiDua.Ingest.Web.Uploads;

/// <summary>An uploaded file's bytes saved under their SHA-256 (never under the name it came with).</summary>
public sealed record StoredUpload(string UploadId, string FileName, string Sha256, string Path, long Length);

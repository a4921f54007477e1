using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Uploads;

/// <summary>
/// The pipeline read the bytes under their hash; the report and the error should name the file as the user sent it.
/// </summary>
public static class UploadedFile
{
    /// <summary>The path recorded for an uploaded file: it came through the web app, under this name (no such folder exists).</summary>
    public const string WebUploadFolder = "/web-upload/";

    public static IngestedFile ToIngestedFile(StoredUpload upload, IngestResult result, string pipelineVersion)
    {
        var storedName = Path.GetFileName(upload.Path);
        var report = result.Report is { } read
            ? read with { Source = read.Source with { FileName = upload.FileName, InputPath = upload.FileName } }
            : null;
        var error = result.Error is { } failed
            ? failed with { FileName = upload.FileName, Message = Rename(failed.Message, storedName, upload.FileName) }
            : null;
        return new IngestedFile(WebUploadFolder + upload.FileName, upload.Sha256, upload.Path, pipelineVersion, report, error, result.Elapsed);
    }

    private static string Rename(string message, string storedName, string fileName) =>
        message.StartsWith(storedName, StringComparison.Ordinal) ? fileName + message[storedName.Length..] : message;
}

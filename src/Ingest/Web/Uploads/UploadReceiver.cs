using Microsoft.AspNetCore.Http;
using ThiDua.Ingest.Cli;

namespace ThiDua.Ingest.Web.Uploads;

/// <summary>
/// Takes a multipart upload (field <c>files</c>) apart: refuses too many files or a body over the limit as a whole, a
/// file over the size limit by itself, and queues every other file for ingestion.
/// </summary>
public sealed class UploadReceiver(UploadStorage storage, UploadIngester ingester, UploadTracker tracker, WebOptions options)
{
    public const string FieldName = "files";

    public async Task<UploadReceipt> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return UploadReceipt.Refused(StatusCodes.Status400BadRequest,
                $"Hãy gửi tệp bằng multipart/form-data, trường \"{FieldName}\" / Send the files as multipart/form-data in the field \"{FieldName}\".");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return UploadReceipt.Refused(StatusCodes.Status413PayloadTooLarge, TooMuchMessage());
        }

        var files = form.Files.GetFiles(FieldName);
        if (files.Count == 0)
        {
            return UploadReceipt.Refused(StatusCodes.Status400BadRequest, $"Không có tệp nào trong trường \"{FieldName}\" / No file in the field \"{FieldName}\".");
        }

        if (files.Count > options.MaxFilesPerUpload)
        {
            return UploadReceipt.Refused(StatusCodes.Status413PayloadTooLarge,
                $"Quá nhiều tệp trong một lần tải: {files.Count}, tối đa {options.MaxFilesPerUpload} / Too many files in one upload: {files.Count}, at most {options.MaxFilesPerUpload}.");
        }

        var statuses = new List<UploadStatus>(files.Count);
        foreach (var file in files)
        {
            var name = DisplayName(file.FileName);
            StoredUpload? stored = null;
            if (file.Length <= options.MaxFileBytes)
            {
                await using var content = file.OpenReadStream();
                stored = await storage.SaveAsync(name, content, cancellationToken);
            }

            if (stored is null)
            {
                var rejected = new UploadStatus(Guid.NewGuid().ToString("n"), name, UploadStates.Rejected, null, null, null, "too_large", TooLargeMessage(name, file.Length));
                tracker.Set(rejected);
                statuses.Add(rejected);
                continue;
            }

            ingester.Enqueue(stored);
            statuses.Add(tracker.Get(stored.UploadId)!);
        }

        return new UploadReceipt(StatusCodes.Status202Accepted, null, statuses);
    }

    /// <summary>The name the browser sent, reduced to a file name to display; it never becomes a path.</summary>
    public static string DisplayName(string? sentName)
    {
        var name = (sentName ?? string.Empty).Replace('\\', '/');
        return OutputNames.SafeName(name[(name.LastIndexOf('/') + 1)..]);
    }

    private string TooLargeMessage(string name, long length) =>
        $"{name}: tệp quá lớn ({Megabytes(length)}), tối đa {Megabytes(options.MaxFileBytes)} mỗi tệp / the file is too large ({Megabytes(length)}), at most {Megabytes(options.MaxFileBytes)} per file.";

    private string TooMuchMessage() =>
        $"Dữ liệu tải lên quá lớn: tối đa {Megabytes(options.MaxFileBytes)} mỗi tệp và {Megabytes(options.MaxRequestBytes)} mỗi lần / The upload is too large: at most {Megabytes(options.MaxFileBytes)} per file and {Megabytes(options.MaxRequestBytes)} per request.";

    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";
}

using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Uploads;

/// <summary>
/// Ingests uploaded files in the background through the same pipeline as <c>thidua ingest</c> and records each outcome
/// (report or error) in the store, updating the file's progress as it goes. One bad file never stops the others.
/// </summary>
public sealed class UploadIngester(
    IngestPipeline pipeline,
    IReportStore store,
    UploadTracker tracker,
    WebOptions options,
    ILogger<UploadIngester> logger) : BackgroundService
{
    private readonly Channel<StoredUpload> _queue = Channel.CreateUnbounded<StoredUpload>();

    public void Enqueue(StoredUpload upload)
    {
        tracker.Set(new UploadStatus(upload.UploadId, upload.FileName, UploadStates.Queued, null, null, null, null, null));
        _queue.Writer.TryWrite(upload);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            _queue.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.IngestParallelism), CancellationToken = stoppingToken },
            async (upload, cancellationToken) => await ProcessAsync(upload, cancellationToken));

    private async Task ProcessAsync(StoredUpload upload, CancellationToken cancellationToken)
    {
        tracker.Set(new UploadStatus(upload.UploadId, upload.FileName, UploadStates.Processing, null, null, null, null, null));
        try
        {
            var result = await Task.Run(() => pipeline.Ingest(upload.Path, cancellationToken), cancellationToken);
            var ingested = UploadedFile.ToIngestedFile(upload, result, pipeline.Version.Key);
            var saved = await store.SaveAsync(ingested, cancellationToken);
            tracker.Set(ingested.Error is { } error
                ? new UploadStatus(upload.UploadId, upload.FileName, UploadStates.Failed, saved.DocumentId, saved.Version, saved.Created, error.Code, error.Message)
                : new UploadStatus(upload.UploadId, upload.FileName, UploadStates.Done, saved.DocumentId, saved.Version, saved.Created, null,
                    saved.Created
                        ? $"{upload.FileName}: đã trích xuất và lưu / extracted and stored."
                        : $"{upload.FileName}: đã có trong kho với cùng phiên bản xử lý / already stored by this pipeline version."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Upload {UploadId} failed", upload.UploadId);
            tracker.Set(new UploadStatus(upload.UploadId, upload.FileName, UploadStates.Failed, null, null, null, "internal_error",
                $"{upload.FileName}: lỗi nội bộ khi lưu kết quả / internal error while storing the result: {ex.Message}"));
        }
    }
}

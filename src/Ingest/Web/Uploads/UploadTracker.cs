using System.Collections.Concurrent;

namespace ThiDua.Ingest.Web.Uploads;

/// <summary>The progress of every file uploaded since the server started, by upload id (kept in memory: the store keeps the results).</summary>
public sealed class UploadTracker
{
    private readonly ConcurrentDictionary<string, UploadStatus> _statuses = new(StringComparer.Ordinal);

    public void Set(UploadStatus status) => _statuses[status.UploadId] = status;

    public UploadStatus? Get(string uploadId) => _statuses.TryGetValue(uploadId, out var status) ? status : null;
}

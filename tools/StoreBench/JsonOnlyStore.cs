using ThiDua.Store;

namespace ThiDua.StoreBench;

/// <summary>The baseline: a store that keeps nothing, so that the run writes the JSON files only.</summary>
internal sealed class JsonOnlyStore : IReportStore
{
    public string Description => "none (JSON files only)";

    public Task<bool> HasExtractionAsync(string sha256, string pipelineVersion, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<SavedExtraction> SaveAsync(IngestedFile file, CancellationToken cancellationToken = default) => Task.FromResult(new SavedExtraction(0, 1, true));

    public Task<bool> AddPathAsync(string sha256, string inputPath, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<DocumentPage> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DocumentSummary?> GetDocumentAsync(long documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExtractionVersion>> ListVersionsAsync(long documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<StoredExtraction?> GetExtractionAsync(long documentId, int? version = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Stream?> OpenSourceAsync(long documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Correction> AddCorrectionAsync(NewCorrection correction, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Correction>> ListCorrectionsAsync(long documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task SetReviewStateAsync(long documentId, string state, string user, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<ExportItem> ReadForExportAsync(ExportFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(long? documentId, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task AddUserAsync(string name, string passwordHash, string role, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using ThiDua.Extractors.Model;

namespace ThiDua.Store;

/// <summary>
/// Everything ThiDua.Ingest keeps: each source file once by SHA-256 (with every path it arrived under and its bytes), one
/// extraction per source × pipeline version, review corrections (never overwritten by a re-extraction), review state,
/// users and an append-only audit log. SQLite (embedded, the default) and PostgreSQL implement it; the CLI, the exports,
/// the diff and the web app speak only this interface and the canonical model.
/// A document is one source file (one SHA-256); its versions are its extractions, numbered 1, 2, ... in the order made.
/// </summary>
public interface IReportStore : IAsyncDisposable
{
    /// <summary>Human-readable kind and location, e.g. <c>SQLite /path/thidua-store.db</c> (never a password).</summary>
    string Description { get; }

    /// <summary>True when an extraction of these bytes by this pipeline version (version + rules hash) is already stored.</summary>
    Task<bool> HasExtractionAsync(string sha256, string pipelineVersion, CancellationToken cancellationToken = default);

    /// <summary>The extraction of these bytes by this pipeline version, or null (stores that cannot look it up answer null).</summary>
    Task<StoredExtraction?> FindExtractionAsync(string sha256, string pipelineVersion, CancellationToken cancellationToken = default) =>
        Task.FromResult<StoredExtraction?>(null);

    /// <summary>
    /// Records one ingested file in one transaction: the source (bytes kept once by SHA-256, the path added to its paths),
    /// and its extraction (report or error) as a new version unless this pipeline version already has one.
    /// </summary>
    Task<SavedExtraction> SaveAsync(IngestedFile file, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a path the bytes of a stored source arrived under again (a skipped file met in another folder); nothing is
    /// written when the path is already known. False when no source has these bytes.
    /// </summary>
    Task<bool> AddPathAsync(string sha256, string inputPath, CancellationToken cancellationToken = default);

    Task<DocumentPage> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    Task<DocumentSummary?> GetDocumentAsync(long documentId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ExtractionVersion>> ListVersionsAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>The extraction of one version, or the latest when <paramref name="version"/> is null.</summary>
    Task<StoredExtraction?> GetExtractionAsync(long documentId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>The original bytes of a document's source file, or null when unknown.</summary>
    Task<Stream?> OpenSourceAsync(long documentId, CancellationToken cancellationToken = default);

    Task<Correction> AddCorrectionAsync(NewCorrection correction, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Correction>> ListCorrectionsAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>Sets the review state (<see cref="ReviewStates"/>) of a document, recorded in the audit log with its user.</summary>
    Task SetReviewStateAsync(long documentId, string state, string user, CancellationToken cancellationToken = default);

    /// <summary>The latest extraction of every document that matches the filter, with its corrections, for exports.</summary>
    IAsyncEnumerable<ExportItem> ReadForExportAsync(ExportFilter filter, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(long? documentId, int limit, CancellationToken cancellationToken = default);

    Task AddUserAsync(string name, string passwordHash, string role, CancellationToken cancellationToken = default);

    Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// One file the pipeline has run on: the path it was given, its bytes' hash, the pipeline version and the outcome.
/// <paramref name="ReportJson"/> is the report as <c>ReportJson.Serialize</c> writes it, when the caller has it already
/// (the CLI serializes once for its output file and the store); null: the store serializes the report itself.
/// </summary>
public sealed record IngestedFile(string InputPath, string Sha256, string SourceFilePath, string PipelineVersion, Report? Report, IngestError? Error, TimeSpan Elapsed, string? ReportJson = null);

public sealed record SavedExtraction(long DocumentId, int Version, bool Created);

public sealed record DocumentQuery(
    string? Issuer = null,
    int? Year = null,
    string? Period = null,
    string? Format = null,
    string? Status = null,
    string? ReviewState = null,
    string? Search = null,
    string SortBy = "id",
    bool Descending = false,
    int Offset = 0,
    int Limit = 100);

public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, int Total);

/// <summary>A row of the document list: the latest extraction's key fields.</summary>
public sealed record DocumentSummary(
    long Id,
    string Sha256,
    string FileName,
    IReadOnlyList<string> Paths,
    string? Format,
    string Status,
    string? ErrorCode,
    string? Issuer,
    int? Year,
    string? Period,
    string? Title,
    int Versions,
    int LatestVersion,
    int FlagCount,
    int ErrorFlagCount,
    int AwardCount,
    string ReviewState,
    DateTimeOffset UpdatedAt);

public sealed record ExtractionVersion(long DocumentId, int Version, string PipelineVersion, string Status, string? ErrorCode, DateTimeOffset CreatedAt, TimeSpan Elapsed);

public sealed record StoredExtraction(ExtractionVersion Version, Report? Report, IngestError? Error);

public sealed record NewCorrection(long DocumentId, int Version, string Target, string? OldValue, string? NewValue, string? Comment, string User);

/// <summary>
/// A reviewer's change to one field or record. Target addresses it in the canonical model, e.g. <c>awards/3/count</c>,
/// <c>figures/12/value</c>, <c>document/issuer</c>, <c>flags/f2/status</c>; exports apply corrections in order.
/// </summary>
public sealed record Correction(long Id, long DocumentId, int Version, string Target, string? OldValue, string? NewValue, string? Comment, string User, DateTimeOffset At);

public sealed record ExportFilter(string? Issuer = null, int? Year = null, string? Period = null, string? ReviewState = null);

public sealed record ExportItem(DocumentSummary Document, StoredExtraction Extraction, IReadOnlyList<Correction> Corrections);

public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string Action, long? DocumentId, string Detail);

public sealed record UserAccount(string Name, string PasswordHash, string Role);

public static class ReviewStates
{
    public const string Unreviewed = "unreviewed";
    public const string InReview = "in_review";
    public const string Reviewed = "reviewed";
}

public static class UserRoles
{
    public const string Reviewer = "reviewer";
    public const string Viewer = "viewer";
}

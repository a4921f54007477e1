using System.Data.Common;
using System.Runtime.CompilerServices;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Store.Sql;

/// <summary>
/// The store over plain SQL that SQLite and PostgreSQL both speak (<c>ON CONFLICT</c>, <c>RETURNING</c>, <c>@name</c>
/// parameters). A dialect supplies connections, the write transaction, locks and where the source bytes live.
/// Times are Unix milliseconds; decimals invariant text.
/// </summary>
public abstract class SqlReportStore : IReportStore
{
    private const string SummaryColumns =
        "s.id, s.sha256, s.file_name, e.format, e.status, e.error_code, e.issuer, e.year, e.period, e.title, " +
        "(SELECT COUNT(*) FROM extractions x WHERE x.source_id = s.id), e.version, e.flag_count, e.error_flag_count, e.award_count, s.review_state, s.updated_at";

    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "s.id", ["fileName"] = "s.file_name", ["file"] = "s.file_name", ["format"] = "e.format", ["status"] = "e.status",
        ["issuer"] = "e.issuer", ["year"] = "e.year", ["period"] = "e.period", ["title"] = "e.title", ["flags"] = "e.flag_count",
        ["flagCount"] = "e.flag_count", ["errors"] = "e.error_flag_count", ["errorFlagCount"] = "e.error_flag_count",
        ["awards"] = "e.award_count", ["awardCount"] = "e.award_count", ["reviewState"] = "s.review_state",
        ["updated"] = "s.updated_at", ["updatedAt"] = "s.updated_at",
    };

    public abstract string Description { get; }

    /// <summary>An open connection.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that may write (SQLite: <c>BEGIN IMMEDIATE</c>, so that two writers queue instead of failing).</summary>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Keeps the bytes of a source (content-addressed, idempotent) inside the write transaction, before the rows.</summary>
    protected abstract Task KeepBytesAsync(DbConnection connection, DbTransaction transaction, string sha256, string sourceFilePath, CancellationToken cancellationToken);

    protected abstract Task<Stream?> OpenBytesAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>A statement that locks a source row for the transaction (PostgreSQL); null where the transaction already excludes other writers.</summary>
    protected virtual string? LockSourceSql => null;

    public async Task<bool> HasExtractionAsync(string sha256, string pipelineVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = await DbCommands.ScalarAsync(connection, null,
            "SELECT 1 FROM extractions e JOIN sources s ON s.id = e.source_id WHERE s.sha256 = @sha AND e.pipeline_version = @pv",
            cancellationToken, ("sha", sha256), ("pv", pipelineVersion));
        return found is not null;
    }

    public async Task<StoredExtraction?> FindExtractionAsync(string sha256, string pipelineVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = DbCommands.Create(connection, null,
            "SELECT e.source_id, e.version FROM extractions e JOIN sources s ON s.id = e.source_id WHERE s.sha256 = @sha AND e.pipeline_version = @pv",
            ("sha", sha256), ("pv", pipelineVersion));
        long documentId;
        int version;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            (documentId, version) = (DbCommands.Long(reader, 0), DbCommands.Int(reader, 1) ?? 0);
        }

        return await GetExtractionAsync(connection, documentId, version, cancellationToken);
    }

    /// <summary>The JSON is serialized and the bytes kept (SQLite) before the write transaction, so that writers hold the lock only to write rows.</summary>
    public async Task<SavedExtraction> SaveAsync(IngestedFile file, CancellationToken cancellationToken = default)
    {
        var json = JsonOf(file);
        await KeepBytesBeforeWritingAsync(file.Sha256, file.SourceFilePath, cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var saved = await SaveAsync(connection, transaction, file, json, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Keeps the bytes of a source outside the write transaction where the store can (content-addressed files); default: nothing.</summary>
    protected virtual Task KeepBytesBeforeWritingAsync(string sha256, string sourceFilePath, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The work of <see cref="SaveAsync(IngestedFile, CancellationToken)"/> inside a caller's transaction (the queue completes its job in the same one).</summary>
    protected Task<SavedExtraction> SaveAsync(DbConnection connection, DbTransaction transaction, IngestedFile file, CancellationToken cancellationToken) =>
        SaveAsync(connection, transaction, file, JsonOf(file), cancellationToken);

    private static string? JsonOf(IngestedFile file) => file.Report is null ? null : file.ReportJson ?? ReportJson.Serialize(file.Report);

    private async Task<SavedExtraction> SaveAsync(DbConnection connection, DbTransaction transaction, IngestedFile file, string? json, CancellationToken cancellationToken)
    {
        var now = DbCommands.Now();
        await KeepBytesAsync(connection, transaction, file.Sha256, file.SourceFilePath, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO sources (sha256, file_name, size_bytes, review_state, created_at, updated_at) VALUES (@sha, @name, @size, @state, @now, @now) ON CONFLICT (sha256) DO NOTHING",
            cancellationToken, ("sha", file.Sha256), ("name", Path.GetFileName(file.InputPath)), ("size", new FileInfo(file.SourceFilePath).Length), ("state", ReviewStates.Unreviewed), ("now", now));
        var sourceId = Convert.ToInt64(await DbCommands.ScalarAsync(connection, transaction, "SELECT id FROM sources WHERE sha256 = @sha", cancellationToken, ("sha", file.Sha256)));
        if (LockSourceSql is { } lockSql) await DbCommands.ExecuteAsync(connection, transaction, lockSql, cancellationToken, ("id", sourceId));
        await DbCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO source_paths (source_id, path, first_seen_at) VALUES (@id, @path, @now) ON CONFLICT (source_id, path) DO NOTHING",
            cancellationToken, ("id", sourceId), ("path", Path.GetFullPath(file.InputPath)), ("now", now));

        await using (var existing = DbCommands.Create(connection, transaction, "SELECT version FROM extractions WHERE source_id = @id AND pipeline_version = @pv", ("id", sourceId), ("pv", file.PipelineVersion)))
        {
            if (await existing.ExecuteScalarAsync(cancellationToken) is { } version and not DBNull) return new SavedExtraction(sourceId, Convert.ToInt32(version), false);
        }

        var next = Convert.ToInt32(await DbCommands.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) + 1 FROM extractions WHERE source_id = @id", cancellationToken, ("id", sourceId)));
        var report = file.Report;
        var document = report?.Document;
        var extractionId = Convert.ToInt64(await DbCommands.ScalarAsync(connection, transaction,
            "INSERT INTO extractions (source_id, version, pipeline_version, status, error_code, error_message, report_json, elapsed_ms, created_at, " +
            "format, doc_type, doc_number, doc_symbol, title, issuer, place, year, period, doc_date, page_count, flag_count, error_flag_count, award_count) " +
            "VALUES (@id, @version, @pv, @status, @code, @message, @json, @elapsed, @now, @format, @type, @number, @symbol, @title, @issuer, @place, @year, @period, @date, @pages, @flags, @errors, @awards) RETURNING id",
            cancellationToken,
            ("id", sourceId), ("version", next), ("pv", file.PipelineVersion),
            ("status", report is null ? ExtractionStatuses.Failed : ExtractionStatuses.Succeeded),
            ("code", file.Error?.Code), ("message", file.Error?.Message),
            ("json", json),
            ("elapsed", (long)file.Elapsed.TotalMilliseconds), ("now", now),
            ("format", report?.Source.Format), ("type", document?.DocType), ("number", document?.Number), ("symbol", document?.Symbol),
            ("title", document?.Title), ("issuer", document?.Issuer), ("place", document?.Place),
            ("year", document?.Period?.Year ?? document?.Date.Year), ("period", document?.Period?.Part), ("date", DateText(document?.Date)),
            ("pages", report?.Source.PageCount),
            ("flags", report?.Flags.Count ?? 0), ("errors", report?.Flags.Count(f => f.Severity == Vocabulary.Severities.Error) ?? 0), ("awards", report?.Awards.Count ?? 0)));
        if (report is not null) await ExtractionRowWriter.WriteAsync(connection, transaction, extractionId, report, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction, "UPDATE sources SET latest_extraction_id = @e, updated_at = @now WHERE id = @id",
            cancellationToken, ("e", extractionId), ("now", now), ("id", sourceId));
        await AuditAsync(connection, transaction, "system", "extract", sourceId,
            $"version {next}, {file.PipelineVersion}, {(report is null ? file.Error?.Code : ExtractionStatuses.Succeeded)}, {file.InputPath}", cancellationToken);
        return new SavedExtraction(sourceId, next, true);
    }

    /// <summary>Reads first, so that a second run over the same folders stays read-only.</summary>
    public async Task<bool> AddPathAsync(string sha256, string inputPath, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(inputPath);
        await using var connection = await OpenAsync(cancellationToken);
        var known = await DbCommands.ScalarAsync(connection, null,
            "SELECT COUNT(p.path) FROM sources s LEFT JOIN source_paths p ON p.source_id = s.id AND p.path = @path WHERE s.sha256 = @sha GROUP BY s.id",
            cancellationToken, ("sha", sha256), ("path", path));
        if (known is null) return false;
        if (Convert.ToInt64(known) > 0) return true;

        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO source_paths (source_id, path, first_seen_at) SELECT id, @path, @now FROM sources WHERE sha256 = @sha ON CONFLICT (source_id, path) DO NOTHING",
            cancellationToken, ("sha", sha256), ("path", path), ("now", DbCommands.Now()));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<DocumentPage> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var (where, parameters) = Filter(query);
        var total = Convert.ToInt32(await DbCommands.ScalarAsync(connection, null,
            $"SELECT COUNT(*) FROM sources s JOIN extractions e ON e.id = s.latest_extraction_id{where}", cancellationToken, parameters));
        var order = SortColumns.GetValueOrDefault(query.SortBy, "s.id");
        var direction = query.Descending ? "DESC" : "ASC";
        var items = await ReadSummariesAsync(connection,
            $"SELECT {SummaryColumns} FROM sources s JOIN extractions e ON e.id = s.latest_extraction_id{where} ORDER BY {order} {direction}, s.id {direction} LIMIT @limit OFFSET @offset",
            [.. parameters, ("limit", Math.Clamp(query.Limit, 0, 10_000)), ("offset", Math.Max(0, query.Offset))], cancellationToken);
        return new DocumentPage(items, total);
    }

    public async Task<DocumentSummary?> GetDocumentAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetDocumentAsync(connection, documentId, cancellationToken);
    }

    public async Task<IReadOnlyList<ExtractionVersion>> ListVersionsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = DbCommands.Create(connection, null,
            "SELECT source_id, version, pipeline_version, status, error_code, created_at, elapsed_ms FROM extractions WHERE source_id = @id ORDER BY version", ("id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<ExtractionVersion>();
        while (await reader.ReadAsync(cancellationToken)) versions.Add(ReadVersion(reader, 0));
        return versions;
    }

    public async Task<StoredExtraction?> GetExtractionAsync(long documentId, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetExtractionAsync(connection, documentId, version, cancellationToken);
    }

    public async Task<Stream?> OpenSourceAsync(long documentId, CancellationToken cancellationToken = default)
    {
        string? sha;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            sha = (string?)await DbCommands.ScalarAsync(connection, null, "SELECT sha256 FROM sources WHERE id = @id", cancellationToken, ("id", documentId));
        }

        return sha is null ? null : await OpenBytesAsync(sha, cancellationToken);
    }

    public async Task<Correction> AddCorrectionAsync(NewCorrection correction, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await RequireDocumentAsync(connection, transaction, correction.DocumentId, cancellationToken);
        var now = DbCommands.Now();
        var id = Convert.ToInt64(await DbCommands.ScalarAsync(connection, transaction,
            "INSERT INTO corrections (source_id, version, target, old_value, new_value, comment, user_name, at) VALUES (@id, @version, @target, @old, @new, @comment, @user, @at) RETURNING id",
            cancellationToken, ("id", correction.DocumentId), ("version", correction.Version), ("target", correction.Target), ("old", correction.OldValue),
            ("new", correction.NewValue), ("comment", correction.Comment), ("user", correction.User), ("at", now)));
        await DbCommands.ExecuteAsync(connection, transaction, "UPDATE sources SET updated_at = @now WHERE id = @id", cancellationToken, ("now", now), ("id", correction.DocumentId));
        await AuditAsync(connection, transaction, correction.User, "correct", correction.DocumentId,
            $"{correction.Target}: {correction.OldValue} → {correction.NewValue}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Correction(id, correction.DocumentId, correction.Version, correction.Target, correction.OldValue, correction.NewValue, correction.Comment, correction.User, DateTimeOffset.FromUnixTimeMilliseconds(now));
    }

    public async Task<IReadOnlyList<Correction>> ListCorrectionsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListCorrectionsAsync(connection, documentId, cancellationToken);
    }

    public async Task SetReviewStateAsync(long documentId, string state, string user, CancellationToken cancellationToken = default)
    {
        if (state is not (ReviewStates.Unreviewed or ReviewStates.InReview or ReviewStates.Reviewed))
        {
            throw new ArgumentException($"Trạng thái duyệt không hợp lệ: {state} / Unknown review state: {state}", nameof(state));
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await RequireDocumentAsync(connection, transaction, documentId, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction, "UPDATE sources SET review_state = @state, updated_at = @now WHERE id = @id",
            cancellationToken, ("state", state), ("now", DbCommands.Now()), ("id", documentId));
        await AuditAsync(connection, transaction, user, "review_state", documentId, state, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ExportItem> ReadForExportAsync(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var (where, parameters) = Filter(new DocumentQuery(filter.Issuer, filter.Year, filter.Period, ReviewState: filter.ReviewState));
        var ids = new List<long>();
        await using (var command = DbCommands.Create(connection, null, $"SELECT s.id FROM sources s JOIN extractions e ON e.id = s.latest_extraction_id{where} ORDER BY s.id", parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) ids.Add(DbCommands.Long(reader, 0));
        }

        foreach (var id in ids)
        {
            var document = await GetDocumentAsync(connection, id, cancellationToken);
            var extraction = await GetExtractionAsync(connection, id, null, cancellationToken);
            if (document is null || extraction is null) continue;
            yield return new ExportItem(document, extraction, await ListCorrectionsAsync(connection, id, cancellationToken));
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(long? documentId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var where = documentId is null ? "" : " WHERE source_id = @id";
        await using var command = DbCommands.Create(connection, null,
            $"SELECT id, at, user_name, action, source_id, detail FROM audit_log{where} ORDER BY id DESC LIMIT @limit", ("limit", Math.Max(0, limit)));
        if (documentId is not null) DbCommands.Set(command, "id", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(DbCommands.Long(reader, 0), DbCommands.Time(reader, 1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : DbCommands.Long(reader, 4), reader.GetString(5)));
        }

        return entries;
    }

    public async Task AddUserAsync(string name, string passwordHash, string role, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var changed = await DbCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO users (name, password_hash, role, created_at) VALUES (@name, @hash, @role, @now) ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role",
            cancellationToken, ("name", name), ("hash", passwordHash), ("role", role), ("now", DbCommands.Now()));
        await AuditAsync(connection, transaction, name, "user", null, $"{name} ({role})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = DbCommands.Create(connection, null, "SELECT name, password_hash, role FROM users WHERE name = @name", ("name", name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>The highest migration applied (the row count of <c>schema_version</c> names them all).</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt32(await DbCommands.ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken));
    }

    /// <summary>Rows of one queryable table (<c>awards</c>, <c>figures</c>, <c>flags</c>, <c>checks</c>) for a document's latest extraction.</summary>
    internal async Task<int> CountRowsAsync(string table, long documentId)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        return Convert.ToInt32(await DbCommands.ScalarAsync(connection, null,
            $"SELECT COUNT(*) FROM {table} r JOIN sources s ON s.latest_extraction_id = r.extraction_id WHERE s.id = @id", CancellationToken.None, ("id", documentId)));
    }

    /// <summary>The named columns of one queryable table for a document's latest extraction, as invariant text, in <paramref name="orderBy"/> order (tests).</summary>
    internal async Task<List<string?[]>> RowsAsync(string table, string columns, string orderBy, long documentId)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = DbCommands.Create(connection, null,
            $"SELECT {columns} FROM {table} r JOIN sources s ON s.latest_extraction_id = r.extraction_id WHERE s.id = @id ORDER BY {orderBy}", ("id", documentId));
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
        var rows = new List<string?[]>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Runs one statement as is (tests: the audit log's triggers).</summary>
    internal async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        return await DbCommands.ExecuteAsync(connection, null, sql, CancellationToken.None);
    }

    protected static Task AuditAsync(DbConnection connection, DbTransaction transaction, string user, string action, long? documentId, string detail, CancellationToken cancellationToken) =>
        DbCommands.ExecuteAsync(connection, transaction, "INSERT INTO audit_log (at, user_name, action, source_id, detail) VALUES (@at, @user, @action, @id, @detail)",
            cancellationToken, ("at", DbCommands.Now()), ("user", user), ("action", action), ("id", documentId), ("detail", detail));

    private static async Task RequireDocumentAsync(DbConnection connection, DbTransaction transaction, long documentId, CancellationToken cancellationToken)
    {
        if (await DbCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM sources WHERE id = @id", cancellationToken, ("id", documentId)) is null)
        {
            throw new KeyNotFoundException($"Không có tài liệu số {documentId} / No document {documentId}.");
        }
    }

    private static async Task<DocumentSummary?> GetDocumentAsync(DbConnection connection, long documentId, CancellationToken cancellationToken)
    {
        var items = await ReadSummariesAsync(connection,
            $"SELECT {SummaryColumns} FROM sources s JOIN extractions e ON e.id = s.latest_extraction_id WHERE s.id = @id", [("id", documentId)], cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    private static async Task<StoredExtraction?> GetExtractionAsync(DbConnection connection, long documentId, int? version, CancellationToken cancellationToken)
    {
        var sql = "SELECT e.source_id, e.version, e.pipeline_version, e.status, e.error_code, e.created_at, e.elapsed_ms, e.report_json, e.error_message, s.file_name " +
                  "FROM extractions e JOIN sources s ON s.id = e.source_id WHERE e.source_id = @id " +
                  (version is null ? "ORDER BY e.version DESC LIMIT 1" : "AND e.version = @version");
        await using var command = DbCommands.Create(connection, null, sql, ("id", documentId));
        if (version is not null) DbCommands.Set(command, "version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var stored = ReadVersion(reader, 0);
        var json = DbCommands.Text(reader, 7);
        var report = json is null ? null : ReportJson.Deserialize(json);
        var error = stored.ErrorCode is null ? null : new IngestError(reader.GetString(9), stored.ErrorCode, DbCommands.Text(reader, 8) ?? "");
        return new StoredExtraction(stored, report, error);
    }

    private static async Task<IReadOnlyList<Correction>> ListCorrectionsAsync(DbConnection connection, long documentId, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Create(connection, null,
            "SELECT id, source_id, version, target, old_value, new_value, comment, user_name, at FROM corrections WHERE source_id = @id ORDER BY id", ("id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var corrections = new List<Correction>();
        while (await reader.ReadAsync(cancellationToken))
        {
            corrections.Add(new Correction(DbCommands.Long(reader, 0), DbCommands.Long(reader, 1), DbCommands.Int(reader, 2) ?? 0, reader.GetString(3),
                DbCommands.Text(reader, 4), DbCommands.Text(reader, 5), DbCommands.Text(reader, 6), reader.GetString(7), DbCommands.Time(reader, 8)));
        }

        return corrections;
    }

    private static ExtractionVersion ReadVersion(DbDataReader reader, int first) => new(
        DbCommands.Long(reader, first), DbCommands.Int(reader, first + 1) ?? 0, reader.GetString(first + 2), reader.GetString(first + 3),
        DbCommands.Text(reader, first + 4), DbCommands.Time(reader, first + 5), TimeSpan.FromMilliseconds(DbCommands.Long(reader, first + 6)));

    private static async Task<List<DocumentSummary>> ReadSummariesAsync(DbConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var rows = new List<(DocumentSummary Summary, long Id)>();
        await using (var command = DbCommands.Create(connection, null, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = DbCommands.Long(reader, 0);
                rows.Add((new DocumentSummary(id, reader.GetString(1), reader.GetString(2), [], DbCommands.Text(reader, 3), reader.GetString(4), DbCommands.Text(reader, 5),
                    DbCommands.Text(reader, 6), DbCommands.Int(reader, 7), DbCommands.Text(reader, 8), DbCommands.Text(reader, 9), DbCommands.Int(reader, 10) ?? 0,
                    DbCommands.Int(reader, 11) ?? 0, DbCommands.Int(reader, 12) ?? 0, DbCommands.Int(reader, 13) ?? 0, DbCommands.Int(reader, 14) ?? 0,
                    reader.GetString(15), DbCommands.Time(reader, 16)), id));
            }
        }

        if (rows.Count == 0) return [];
        var paths = rows.ToDictionary(r => r.Id, _ => new List<string>());
        var ids = string.Join(", ", rows.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using (var command = DbCommands.Create(connection, null, $"SELECT source_id, path FROM source_paths WHERE source_id IN ({ids}) ORDER BY first_seen_at, path"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) paths[DbCommands.Long(reader, 0)].Add(reader.GetString(1));
        }

        return rows.Select(r => r.Summary with { Paths = paths[r.Id] }).ToList();
    }

    private static (string Where, (string, object?)[] Parameters) Filter(DocumentQuery query)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (!string.IsNullOrEmpty(query.Issuer)) Add("e.issuer = @issuer", "issuer", query.Issuer);
        if (query.Year is { } year) Add("e.year = @year", "year", year);
        if (!string.IsNullOrEmpty(query.Period)) Add("e.period = @period", "period", query.Period);
        if (!string.IsNullOrEmpty(query.Format)) Add("e.format = @format", "format", query.Format);
        if (!string.IsNullOrEmpty(query.Status)) Add("e.status = @status", "status", query.Status);
        if (!string.IsNullOrEmpty(query.ReviewState)) Add("s.review_state = @review", "review", query.ReviewState);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            Add("(lower(s.file_name) LIKE @search OR lower(COALESCE(e.title, '')) LIKE @search OR lower(COALESCE(e.issuer, '')) LIKE @search)",
                "search", "%" + query.Search.Trim().ToLowerInvariant() + "%");
        }

        return (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions), parameters.ToArray());
    }

    private static string? DateText(PartialDate? date) =>
        date?.Year is { } year ? $"{year:0000}" + (date.Month is { } month ? $"-{month:00}" + (date.Day is { } day ? $"-{day:00}" : "") : "") : null;
}

using Npgsql;
using ThiDua.Store.Sql;

namespace ThiDua.Store.Postgres;

/// <summary>
/// The queue table shared by workers on many machines. A worker claims the oldest open job with <c>FOR UPDATE SKIP
/// LOCKED</c> and holds it for a lease it renews while working; a job whose lease ran out (its worker died) is claimed
/// again, and one claimed <see cref="MaxAttempts"/> times without finishing is parked with its error. Completing a job
/// records the extraction in the same transaction, and only while the worker still holds the lease.
/// </summary>
public sealed class PostgresIngestQueue(NpgsqlDataSource dataSource, Func<NpgsqlConnection, NpgsqlTransaction, IngestedFile, CancellationToken, Task<SavedExtraction>> save)
{
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Queues a file: its bytes kept in the store, one job per content and path. False when that job already exists.</summary>
    public async Task<bool> EnqueueAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = System.IO.Path.GetFullPath(path);
        var bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction, "INSERT INTO source_blobs (sha256, bytes) VALUES (@sha, @bytes) ON CONFLICT (sha256) DO NOTHING",
            cancellationToken, ("sha", sha256), ("bytes", bytes));
        var now = DbCommands.Now();
        var added = await DbCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO ingest_jobs (sha256, path, created_at, updated_at) VALUES (@sha, @path, @now, @now) ON CONFLICT (sha256, path) DO NOTHING",
            cancellationToken, ("sha", sha256), ("path", full), ("now", now));
        await transaction.CommitAsync(cancellationToken);
        return added > 0;
    }

    /// <summary>The next job for this worker, or null when none is open now. Jobs past their attempts are parked on the way.</summary>
    public async Task<IngestJob?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var now = DbCommands.Now();
            IngestJob? job = null;
            string? lastError = null;
            await using (var command = DbCommands.Create(connection, transaction,
                "SELECT id, sha256, path, attempts, last_error FROM ingest_jobs WHERE state = @queued OR (state = @running AND lease_until < @now) " +
                "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", ("queued", JobStates.Queued), ("running", JobStates.Running), ("now", now)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    job = new IngestJob(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3) + 1);
                    lastError = DbCommands.Text(reader, 4);
                }
            }

            if (job is null) return null;
            if (job.Attempt > MaxAttempts)
            {
                var error = lastError ?? $"Tệp đã làm dừng tiến trình xử lý {MaxAttempts} lần, tạm gác lại / The file stopped its worker {MaxAttempts} times and is parked.";
                await DbCommands.ExecuteAsync(connection, transaction, "UPDATE ingest_jobs SET state = @parked, worker = NULL, lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id",
                    cancellationToken, ("parked", JobStates.Parked), ("error", error), ("now", now), ("id", job.Id));
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            await DbCommands.ExecuteAsync(connection, transaction,
                "UPDATE ingest_jobs SET state = @running, attempts = @attempt, worker = @worker, lease_until = @until, updated_at = @now WHERE id = @id",
                cancellationToken, ("running", JobStates.Running), ("attempt", job.Attempt), ("worker", worker), ("until", now + (long)lease.TotalMilliseconds), ("now", now), ("id", job.Id));
            await transaction.CommitAsync(cancellationToken);
            return job;
        }
    }

    /// <summary>Extends the lease of a job this worker still holds; false when it lost the job.</summary>
    public async Task<bool> RenewAsync(IngestJob job, string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var now = DbCommands.Now();
        return await DbCommands.ExecuteAsync(connection, null, "UPDATE ingest_jobs SET lease_until = @until, updated_at = @now WHERE id = @id AND worker = @worker AND state = @running",
            cancellationToken, ("until", now + (long)lease.TotalMilliseconds), ("now", now), ("id", job.Id), ("worker", worker), ("running", JobStates.Running)) > 0;
    }

    /// <summary>
    /// Records the job's extraction and marks it done in one transaction, only while this worker holds it. Null when the lease
    /// was lost (another worker has the job now, and records it).
    /// </summary>
    public async Task<SavedExtraction?> CompleteAsync(IngestJob job, string worker, IngestedFile file, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await HoldsAsync(connection, transaction, job, worker, cancellationToken)) return null;
        var saved = await save(connection, transaction, file, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction, "UPDATE ingest_jobs SET state = @done, lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id",
            cancellationToken, ("done", JobStates.Done), ("error", file.Error?.Message), ("now", DbCommands.Now()), ("id", job.Id));
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>A job that failed without an extraction (the store or the bytes were unreachable): back to the queue with its error.</summary>
    public async Task ReleaseAsync(IngestJob job, string worker, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await DbCommands.ExecuteAsync(connection, null,
            "UPDATE ingest_jobs SET state = @queued, worker = NULL, lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id AND worker = @worker AND state = @running",
            cancellationToken, ("queued", JobStates.Queued), ("error", error), ("now", DbCommands.Now()), ("id", job.Id), ("worker", worker), ("running", JobStates.Running));
    }

    public async Task<byte[]?> ReadBytesAsync(IngestJob job, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await DbCommands.ScalarAsync(connection, null, "SELECT bytes FROM source_blobs WHERE sha256 = @sha", cancellationToken, ("sha", job.Sha256)) as byte[];
    }

    public async Task<JobCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = DbCommands.Create(connection, null, "SELECT state, COUNT(*) FROM ingest_jobs GROUP BY state");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken)) counts[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1));
        return new JobCounts(counts.GetValueOrDefault(JobStates.Queued), counts.GetValueOrDefault(JobStates.Running), counts.GetValueOrDefault(JobStates.Done), counts.GetValueOrDefault(JobStates.Parked));
    }

    /// <summary>Parked jobs with their errors, oldest first.</summary>
    public async Task<IReadOnlyList<(string Path, string? Error)>> ListParkedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = DbCommands.Create(connection, null, "SELECT path, last_error FROM ingest_jobs WHERE state = @parked ORDER BY id", ("parked", JobStates.Parked));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var parked = new List<(string, string?)>();
        while (await reader.ReadAsync(cancellationToken)) parked.Add((reader.GetString(0), DbCommands.Text(reader, 1)));
        return parked;
    }

    private static async Task<bool> HoldsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IngestJob job, string worker, CancellationToken cancellationToken) =>
        await DbCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM ingest_jobs WHERE id = @id AND worker = @worker AND state = @running FOR UPDATE",
            cancellationToken, ("id", job.Id), ("worker", worker), ("running", JobStates.Running)) is not null;
}

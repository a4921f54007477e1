using System.Data.Common;
using Npgsql;
using ThiDua.Store.Sql;

namespace ThiDua.Store.Postgres;

/// <summary>
/// The shared store on PostgreSQL: the same tables as SQLite, the source bytes in <c>source_blobs</c> so that any worker
/// machine can read them, migrations serialized by an advisory lock, a source row locked while its extraction is written.
/// </summary>
public sealed class PostgresReportStore : SqlReportStore
{
    /// <summary>Any fixed number: the advisory lock key that serializes migrations of concurrent starters.</summary>
    private const long MigrationLockKey = 7_421_080_001;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresReportStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
        Queue = new PostgresIngestQueue(dataSource, (connection, transaction, file, cancellationToken) => SaveAsync(connection, transaction, file, cancellationToken));
    }

    public override string Description { get; }

    /// <summary>The work queue of <c>thidua ingest --enqueue</c> and <c>thidua worker</c>.</summary>
    public PostgresIngestQueue Queue { get; }

    protected override string? LockSourceSql => "SELECT id FROM sources WHERE id = @id FOR UPDATE";

    public static PostgresReportStore Open(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var dataSource = NpgsqlDataSource.Create(builder);
        var store = new PostgresReportStore(dataSource, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
        try
        {
            using var connection = dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            MigrationRunner.Apply(connection, transaction, "Postgres", $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
            transaction.Commit();
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }

        return store;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task KeepBytesAsync(DbConnection connection, DbTransaction transaction, string sha256, string sourceFilePath, CancellationToken cancellationToken)
    {
        if (await DbCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM source_blobs WHERE sha256 = @sha", cancellationToken, ("sha", sha256)) is not null) return;
        var bytes = await File.ReadAllBytesAsync(sourceFilePath, cancellationToken);
        await DbCommands.ExecuteAsync(connection, transaction, "INSERT INTO source_blobs (sha256, bytes) VALUES (@sha, @bytes) ON CONFLICT (sha256) DO NOTHING",
            cancellationToken, ("sha", sha256), ("bytes", bytes));
    }

    protected override async Task<Stream?> OpenBytesAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await DbCommands.ScalarAsync(connection, null, "SELECT bytes FROM source_blobs WHERE sha256 = @sha", cancellationToken, ("sha", sha256)) is byte[] bytes
            ? new MemoryStream(bytes, writable: false)
            : null;
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

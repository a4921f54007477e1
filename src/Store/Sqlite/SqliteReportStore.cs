using System.Data.Common;
using Microsoft.Data.Sqlite;
using ThiDua.Store.Sql;

namespace ThiDua.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), migrated at open, the source bytes in
/// <c>&lt;db&gt;.blobs/</c>. Writers take the lock at <c>BEGIN IMMEDIATE</c> and wait for each other up to the busy timeout.
/// </summary>
public sealed class SqliteReportStore : SqlReportStore
{
    private readonly string _connectionString;
    private readonly BlobFolder _blobs;

    private SqliteReportStore(string databasePath)
    {
        DatabasePath = databasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 120,
        }.ToString();
        _blobs = new BlobFolder(databasePath + ".blobs");
    }

    public string DatabasePath { get; }

    public override string Description => $"SQLite {DatabasePath}";

    /// <summary>Opens (creating on first use) the database file and applies pending migrations.</summary>
    public static SqliteReportStore Open(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        if (Path.GetDirectoryName(full) is { } folder) Directory.CreateDirectory(folder);
        var store = new SqliteReportStore(full);
        using var connection = new SqliteConnection(store._connectionString);
        connection.Open();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        MigrationRunner.Apply(connection, transaction, "Sqlite", lockSql: null);
        transaction.Commit();
        return store;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // SQLite's lower() folds ASCII only; searches compare Vietnamese text, so lower() is .NET's for this connection.
        connection.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override Task KeepBytesAsync(DbConnection connection, DbTransaction transaction, string sha256, string sourceFilePath, CancellationToken cancellationToken)
    {
        _blobs.Keep(sha256, sourceFilePath);
        return Task.CompletedTask;
    }

    protected override Task<Stream?> OpenBytesAsync(string sha256, CancellationToken cancellationToken) => Task.FromResult(_blobs.Open(sha256));

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}

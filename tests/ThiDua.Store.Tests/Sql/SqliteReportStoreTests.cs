using Microsoft.Data.Sqlite;
using ThiDua.Store.Sql;
using ThiDua.Store.Sqlite;

namespace ThiDua.Store.Tests.Sql;

/// <summary>The store contract on SQLite, plus what only the embedded store has: a file, WAL, migrations at open, blobs beside it.</summary>
public sealed class SqliteReportStoreTests(StoreFixture fixture) : ReportStoreContractTests(fixture), IClassFixture<StoreFixture>
{
    protected override Task<SqlReportStore> OpenEmptyStoreAsync() =>
        Task.FromResult<SqlReportStore>(SqliteReportStore.Open(Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N"), "store.db")));

    [Fact]
    public async Task The_file_is_created_on_first_use_in_WAL_mode_and_migrated_once()
    {
        var path = Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N"), "store.db");
        await using (var store = SqliteReportStore.Open(path))
        {
            await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        }

        await using var reopened = SqliteReportStore.Open(path);
        Assert.True(File.Exists(path));
        Assert.Equal(MigrationRunner.Scripts("Sqlite").Count, await reopened.SchemaVersionAsync());
        Assert.Equal(1, (await reopened.ListDocumentsAsync(new DocumentQuery())).Total);
        Assert.True(File.Exists(Path.Combine(path + ".blobs", Fixture.First.Report!.Source.Sha256[..2], Fixture.First.Report.Source.Sha256)));
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT COUNT(*) FROM schema_version";
        Assert.Equal((long)MigrationRunner.Scripts("Sqlite").Count, command.ExecuteScalar());
    }

    [Fact]
    public void The_factory_opens_the_default_file_or_a_path_and_recognizes_connection_strings()
    {
        Assert.True(ReportStoreFactory.IsConnectionString("Host=127.0.0.1;Port=5432;Username=postgres"));
        Assert.True(ReportStoreFactory.IsConnectionString("Port=5432; host=db"));
        Assert.False(ReportStoreFactory.IsConnectionString("/data/Host=1/store.db"));
        var path = Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N") + ".db");
        var store = ReportStoreFactory.Open(path);
        Assert.Equal($"SQLite {path}", store.Description);
    }
}

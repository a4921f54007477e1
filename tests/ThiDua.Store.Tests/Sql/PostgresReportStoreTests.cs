using ThiDua.Store.Postgres;
using ThiDua.Store.Sql;

namespace ThiDua.Store.Tests.Sql;

/// <summary>The store contract on PostgreSQL (a fresh database per test), plus its migrations under concurrent starters.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReportStoreTests(PostgresCluster cluster, StoreFixture fixture) : ReportStoreContractTests(fixture)
{
    protected override Task<SqlReportStore> OpenEmptyStoreAsync() => Task.FromResult<SqlReportStore>(PostgresReportStore.Open(cluster.CreateDatabase()));

    [Fact]
    public async Task Stores_opened_together_migrate_the_database_once_and_the_factory_chooses_PostgreSQL()
    {
        var database = cluster.CreateDatabase();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresReportStore.Open(database))));
        Assert.All(stores, s => Assert.StartsWith("PostgreSQL 127.0.0.1:", s.Description));
        Assert.Equal(MigrationRunner.Scripts("Postgres").Count, await stores[0].SchemaVersionAsync());
        foreach (var store in stores) await store.DisposeAsync();

        await using var opened = ReportStoreFactory.Open(database);
        Assert.IsType<PostgresReportStore>(opened);
        Assert.DoesNotContain("Password", opened.Description, StringComparison.OrdinalIgnoreCase);
    }
}

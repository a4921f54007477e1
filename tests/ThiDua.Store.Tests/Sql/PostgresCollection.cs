namespace ThiDua.Store.Tests.Sql;

/// <summary>The test classes that share one PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>, ICollectionFixture<StoreFixture>
{
    public const string Name = "PostgreSQL";
}

using ThiDua.Store.Postgres;
using ThiDua.Store.Sqlite;

namespace ThiDua.Store;

/// <summary>
/// Opens the store named on the command line: nothing → <c>thidua-store.db</c> in the working folder; a PostgreSQL
/// connection string (<c>Host=...</c>) → PostgreSQL; anything else → the path of a SQLite file. Migrations run at open.
/// </summary>
public static class ReportStoreFactory
{
    public const string DefaultFileName = "thidua-store.db";

    public static IReportStore Open(string? store)
    {
        if (string.IsNullOrWhiteSpace(store)) return SqliteReportStore.Open(Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName));
        return IsConnectionString(store) ? PostgresReportStore.Open(store) : SqliteReportStore.Open(store);
    }

    /// <summary>True for a PostgreSQL connection string (key=value pairs with a Host), false for a file path.</summary>
    public static bool IsConnectionString(string? store) =>
        store is not null && store.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));
}

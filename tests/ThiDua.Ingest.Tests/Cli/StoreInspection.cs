using Microsoft.Data.Sqlite;

namespace ThiDua.Ingest.Tests.Cli;

/// <summary>Reads a SQLite store file directly, as a second opinion on what the CLI recorded.</summary>
public static class StoreInspection
{
    /// <summary>Per SHA-256: how many source rows and how many extractions it has, and the status of each.</summary>
    public static Dictionary<string, (int Sources, int Extractions, string Statuses)> Sources(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT s.sha256, (SELECT COUNT(*) FROM sources t WHERE t.sha256 = s.sha256), COUNT(e.id), COALESCE(group_concat(e.status || ':' || COALESCE(e.error_code, ''), ','), '') " +
            "FROM sources s LEFT JOIN extractions e ON e.source_id = s.id GROUP BY s.id";
        using var reader = command.ExecuteReader();
        var sources = new Dictionary<string, (int, int, string)>(StringComparer.Ordinal);
        while (reader.Read()) sources.Add(reader.GetString(0), (reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3)));
        return sources;
    }

    /// <summary>The paths recorded for the source with these bytes, in order.</summary>
    public static IReadOnlyList<string> Paths(string databasePath, string sha256)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.path FROM source_paths p JOIN sources s ON s.id = p.source_id WHERE s.sha256 = $sha ORDER BY p.path";
        command.Parameters.AddWithValue("$sha", sha256);
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read()) paths.Add(reader.GetString(0));
        return paths;
    }

    public static string IntegrityCheck(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

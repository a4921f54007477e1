using System.Data.Common;
using System.Globalization;

namespace ThiDua.Store.Sql;

/// <summary>
/// Applies the numbered scripts embedded under <c>Migrations/&lt;dialect&gt;/NNN_name.sql</c> that the database has not seen,
/// in order, each recorded in <c>schema_version</c>; all in one transaction so that two processes starting together
/// cannot apply one twice (the caller's lock statement serializes them).
/// </summary>
internal static class MigrationRunner
{
    public static IReadOnlyList<(int Version, string Script)> Scripts(string dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"ThiDua.Store.Migrations.{dialect}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..];
                var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)].TrimStart('_'), CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (version, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)
            .ToList();
    }

    /// <returns>The schema version after the run.</returns>
    public static int Apply(DbConnection connection, DbTransaction transaction, string dialect, string? lockSql)
    {
        if (lockSql is not null) Execute(connection, transaction, lockSql);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
        using var current = DbCommands.Create(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var applied = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
        foreach (var (version, script) in Scripts(dialect))
        {
            if (version <= applied) continue;
            Execute(connection, transaction, script);
            using var record = DbCommands.Create(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)", ("v", version), ("at", DbCommands.Now()));
            record.ExecuteNonQuery();
            applied = version;
        }

        return applied;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = DbCommands.Create(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}

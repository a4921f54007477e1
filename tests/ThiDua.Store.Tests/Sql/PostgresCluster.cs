using System.Diagnostics;
using Npgsql;

namespace ThiDua.Store.Tests.Sql;

/// <summary>
/// The PostgreSQL server for the tests: the one named by <c>THIDUA_TEST_POSTGRES</c> (set by <c>.ci/run</c>), else a private
/// cluster started through <c>scripts/test-postgres.sh</c> and stopped when the tests end. Each test gets a fresh database.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string Variable = "THIDUA_TEST_POSTGRES";

    private readonly string? _ownedFolder;

    public PostgresCluster()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        var output = RunScript("start");
        string Value(string name) => output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith($"export {name}=", StringComparison.Ordinal))
            .Split('=', 2)[1].Trim('\'');
        ConnectionString = Value(Variable);
        _ownedFolder = Value(Variable + "_DIR");
    }

    /// <summary>The server's maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_ownedFolder is not null) RunScript("stop", _ownedFolder);
    }

    private static string RunScript(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "scripts", "test-postgres.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"test-postgres.sh {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }
}

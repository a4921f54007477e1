using System.Diagnostics;
using Npgsql;
using ThiDua.Store.Tests.Sql;

namespace ThiDua.Store.Tests.Postgres;

/// <summary>
/// <c>thidua ingest --enqueue</c> and <c>thidua worker</c> as real processes on one PostgreSQL: three workers, one killed
/// with SIGKILL mid-file, still leave every file in the store exactly once; SIGTERM stops a worker after its file.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerProcessTests(PostgresCluster cluster)
{
    private static readonly string[] CorpusDocx = Directory.GetFiles(Path.Combine(TestPaths.Corpus, "docx"), "*.docx").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Three_workers_one_killed_mid_file_leave_every_file_in_the_store_exactly_once()
    {
        var database = cluster.CreateDatabase();
        using var folder = new ScratchFolder();
        var files = DistinctCopies.Write(CorpusDocx, Path.Combine(folder.Path, "in"), 9);
        Assert.Equal(0, await RunAsync(folder.Path, "ingest", "in", "--store", database, "--enqueue"));

        var workers = Enumerable.Range(0, 3).Select(_ => Start(folder.Path, "worker", "--store", database, "--lease", "4", "--exit-when-empty")).ToList();
        try
        {
            var victim = workers[0];
            await WaitUntilAsync(() => HoldsJobAsync(database, victim.Id), TimeSpan.FromSeconds(90));
            victim.Kill(); // SIGKILL, mid-file
            foreach (var worker in workers.Skip(1)) Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(240)), "a worker did not finish");
            Assert.All(workers.Skip(1), w => Assert.Equal(0, w.ExitCode));
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited)) worker.Kill();
        }

        var stored = await ScalarsAsync(database,
            "SELECT s.sha256, (SELECT COUNT(*) FROM extractions e WHERE e.source_id = s.id) || ':' || (SELECT COUNT(*) FROM sources t WHERE t.sha256 = s.sha256) FROM sources s");
        Assert.Equal(files.Select(Sha256).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored.Values, v => Assert.Equal("1:1", v));
        var jobs = await ScalarsAsync(database, "SELECT path, state || ':' || attempts FROM ingest_jobs");
        Assert.All(jobs.Values, v => Assert.StartsWith("done:", v, StringComparison.Ordinal));
        Assert.Contains(jobs.Values, v => v == "done:2"); // the killed worker's file, taken again after its lease
    }

    [Fact]
    public async Task SIGTERM_stops_a_worker_after_the_file_in_hand()
    {
        var database = cluster.CreateDatabase();
        using var folder = new ScratchFolder();
        DistinctCopies.Write(CorpusDocx, Path.Combine(folder.Path, "in"), 4);
        Assert.Equal(0, await RunAsync(folder.Path, "ingest", "in", "--store", database, "--enqueue"));
        using var worker = Start(folder.Path, "worker", "--store", database);
        await WaitUntilAsync(() => HoldsJobAsync(database, worker.Id), TimeSpan.FromSeconds(90));

        using (var term = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();

        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "the worker did not stop");
        Assert.Equal(0, worker.ExitCode);
        var states = (await ScalarsAsync(database, "SELECT path, state FROM ingest_jobs")).Values.ToList();
        Assert.DoesNotContain("running", states);
        Assert.InRange(states.Count(s => s == "done"), 1, 3);
        Assert.Equal(states.Count(s => s == "done"), (await ScalarsAsync(database, "SELECT sha256, status FROM extractions e JOIN sources s ON s.id = e.source_id")).Count);
    }

    private static async Task<bool> HoldsJobAsync(string database, int processId) =>
        (await ScalarsAsync(database, "SELECT id::text, worker FROM ingest_jobs WHERE state = 'running'")).Values.Any(w => w.EndsWith("/" + processId, StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit) throw new TimeoutException("condition not met in " + limit);
            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<string, string>> ScalarsAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetString(1);
        return rows;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static Process Start(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "thidua")) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunAsync(string workingDirectory, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return process.ExitCode;
    }
}

using System.Runtime.InteropServices;
using ThiDua.Extractors.Pipeline;
using ThiDua.Store;
using ThiDua.Store.Postgres;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// A queue worker: claims a job, reads its bytes from the store into a private temporary file, runs the pipeline while
/// renewing the lease, and records the result and the job's completion in one transaction. SIGTERM or Ctrl+C stop it
/// after the file in hand.
/// </summary>
public sealed class WorkerRunner(string store, TimeSpan lease, int maxAttempts, TimeSpan timeout, bool exitWhenEmpty, TextWriter results, TextWriter diagnostics)
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!ReportStoreFactory.IsConnectionString(store))
        {
            diagnostics.WriteLine("thidua worker cần kho PostgreSQL (--store \"Host=...\") / thidua worker needs a PostgreSQL store (--store \"Host=...\").");
            return CommandLine.UsageError;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            diagnostics.WriteLine("Đang dừng sau tệp hiện tại / Stopping after the file in hand.");
            stopping.Cancel();
        }

        await using var postgres = PostgresReportStore.Open(store);
        var queue = postgres.Queue;
        var name = $"{Environment.MachineName}/{Environment.ProcessId}";
        var pipeline = PipelineFactory.Create(timeout);
        queue.MaxAttempts = maxAttempts;
        diagnostics.WriteLine($"Worker {name}: {postgres.Description}, {pipeline.Version.Key}");
        int done = 0, failed = 0;
        while (!stopping.IsCancellationRequested)
        {
            var job = await queue.ClaimAsync(name, lease, CancellationToken.None);
            if (job is null)
            {
                if (exitWhenEmpty && !(await queue.CountAsync(CancellationToken.None)).Open) break;
                try
                {
                    await Task.Delay(IdleWait, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                }

                continue;
            }

            // the file in hand is finished even when a stop is requested meanwhile
            var outcome = await ProcessAsync(postgres, job, name, pipeline);
            if (outcome is { } result)
            {
                if (result.Succeeded) done++;
                else failed++;
                results.WriteLine(result.Succeeded ? $"✓ {job.Path}" : $"✗ {job.Path}: [{result.Error?.Code}] {result.Error?.Message}");
            }
        }

        results.WriteLine($"Worker {name} dừng / stopped: {done} thành công / succeeded, {failed} lỗi / failed.");
        return 0;
    }

    /// <returns>The pipeline's result when this worker recorded it; null when the bytes were already extracted, the job was lost or failed.</returns>
    private async Task<IngestResult?> ProcessAsync(PostgresReportStore postgres, IngestJob job, string name, IngestPipeline pipeline)
    {
        var queue = postgres.Queue;
        var folder = Path.Combine(Path.GetTempPath(), $"thidua-worker-{Environment.ProcessId}-{job.Id}");
        using var renewing = new CancellationTokenSource();
        var renewal = RenewAsync(queue, job, name, renewing.Token);
        try
        {
            var bytes = await queue.ReadBytesAsync(job);
            if (bytes is null)
            {
                await queue.ReleaseAsync(job, name, $"Không tìm thấy nội dung tệp trong kho / The file's bytes are not in the store: {job.Sha256}");
                return null;
            }

            Directory.CreateDirectory(folder);
            var local = Path.Combine(folder, OutputNames.SafeName(Path.GetFileName(job.Path)));
            await File.WriteAllBytesAsync(local, bytes);
            var result = await postgres.HasExtractionAsync(job.Sha256, pipeline.Version.Key) ? null : pipeline.Ingest(local);
            var report = result?.Report is { } r ? r with { Source = r.Source with { InputPath = job.Path } } : null;
            var file = new IngestedFile(job.Path, job.Sha256, local, pipeline.Version.Key, report, result?.Error, result?.Elapsed ?? TimeSpan.Zero);
            var saved = await queue.CompleteAsync(job, name, file);
            if (saved is null) diagnostics.WriteLine($"Mất quyền giữ việc (hết hạn), bỏ kết quả / Lost the job's lease, result dropped: {job.Path}");
            return saved is null || result is null ? null : result with { Report = report };
        }
        catch (Exception ex)
        {
            diagnostics.WriteLine($"✗ {job.Path}: {ex.GetType().Name}: {ex.Message}");
            await queue.ReleaseAsync(job, name, $"{ex.GetType().Name}: {ex.Message}");
            return null;
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private async Task RenewAsync(PostgresIngestQueue queue, IngestJob job, string name, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, cancellationToken);
                await queue.RenewAsync(job, name, lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

using ThiDua.Store;
using ThiDua.Store.Postgres;
using ThiDua.Store.Sqlite;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// Runs a bulk ingestion: every file through the pipeline in parallel (up to the core count), each recorded in the store in
/// its own transaction (so a killed run, run again, ingests every file exactly once), optionally one JSON result each,
/// progress on stderr, result lines and the summary on stdout. With <c>--enqueue</c> it only queues the files for workers.
/// </summary>
public sealed class IngestRunner(IngestOptions options, TextWriter results, TextWriter diagnostics, IProgressDisplay display)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        IReportStore store;
        try
        {
            store = ReportStoreFactory.Open(options.Store);
        }
        catch (Exception ex)
        {
            diagnostics.WriteLine($"Không mở được kho lưu / Cannot open the store {options.Store ?? ReportStoreFactory.DefaultFileName}: {ex.Message}");
            return CommandLine.UsageError;
        }

        await using (store)
        {
            var excluded = store is SqliteReportStore sqlite ? new[] { sqlite.DatabasePath } : [];
            var (files, missing) = InputExpander.Expand(options.Inputs, options.OutputDirectory, excluded);
            foreach (var path in missing) diagnostics.WriteLine($"Không tìm thấy tệp hoặc thư mục / File or folder not found: {path}");
            if (missing.Count > 0) return CommandLine.UsageError;
            if (files.Count == 0)
            {
                diagnostics.WriteLine("Không có tệp nào để xử lý / No files to ingest.");
                return CommandLine.UsageError;
            }

            diagnostics.WriteLine($"Kho lưu / Store: {store.Description}");
            if (options.Enqueue) return await EnqueueAsync(store, files, cancellationToken);

            OutputWriter? writer = null;
            if (options.OutputDirectory is { } outputDirectory)
            {
                try
                {
                    writer = new OutputWriter(outputDirectory);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    diagnostics.WriteLine($"Không tạo được thư mục kết quả / Cannot create the output folder {outputDirectory}: {ex.Message}");
                    return CommandLine.UsageError;
                }
            }

            var ingestor = new FileIngestor(PipelineFactory.Create(options.Timeout), store, writer);
            var counters = new RunCounters(files.Count);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            await display.RunAsync(counters, report => Parallel.ForEachAsync(files, parallel, async (file, token) => report(await ingestor.IngestAsync(file, token))));

            results.WriteLine(Summary(counters, store));
            return counters.Failed > 0 ? 1 : 0;
        }
    }

    private async Task<int> EnqueueAsync(IReportStore store, IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        if (store is not PostgresReportStore postgres)
        {
            diagnostics.WriteLine("--enqueue cần kho PostgreSQL (--store \"Host=...\") / --enqueue needs a PostgreSQL store (--store \"Host=...\").");
            return CommandLine.UsageError;
        }

        var queued = 0;
        foreach (var file in files)
        {
            if (await postgres.Queue.EnqueueAsync(file.Path, cancellationToken)) queued++;
        }

        results.WriteLine($"Đã xếp hàng / Queued: {queued} tệp mới / new files, {files.Count - queued} đã có trong hàng đợi / already queued → {store.Description}");
        return 0;
    }

    private string Summary(RunCounters counters, IReportStore store)
    {
        var target = options.OutputDirectory is { } output ? $"{store.Description}, {Path.GetFullPath(output)}" : store.Description;
        var skipped = $"{counters.Skipped} bỏ qua / skipped ({counters.AlreadyInStore} đã có trong kho / already in the store, {counters.NotDocuments} không phải tài liệu / not documents)";
        if (counters.Succeeded + counters.Failed == 0 && counters.AlreadyInStore > 0)
        {
            return $"Không có gì mới để trích xuất / Nothing new to ingest: {skipped}, {counters.Elapsed.TotalSeconds:0.0} s → {target}";
        }

        return $"Xong / Done: {counters.Succeeded} thành công / succeeded, {counters.Failed} lỗi / failed, {skipped}, {counters.Elapsed.TotalSeconds:0.0} s → {target}";
    }
}

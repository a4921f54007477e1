using System.Diagnostics;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Cli;

/// <summary>Runs a bulk ingestion: every file through the pipeline in parallel, one result file each, progress and a summary on stderr.</summary>
public sealed class IngestRunner(string outputDirectory, string? store, TimeSpan timeout, TextWriter log)
{
    public int Run(IReadOnlyList<string> inputs)
    {
        var (files, missing) = InputExpander.Expand(inputs, outputDirectory);
        foreach (var path in missing) log.WriteLine($"Không tìm thấy / Not found: {path}");
        if (missing.Count > 0) return CommandLine.UsageError;
        if (files.Count == 0)
        {
            log.WriteLine("Không có tệp nào để xử lý / No files to ingest.");
            return CommandLine.UsageError;
        }

        if (store is not null) log.WriteLine($"Kho lưu / Store: {store}");
        OutputWriter writer;
        try
        {
            writer = new OutputWriter(outputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            log.WriteLine($"Không tạo được thư mục kết quả / Cannot create the output folder {outputDirectory}: {ex.Message}");
            return CommandLine.UsageError;
        }

        var pipeline = PipelineFactory.Create(timeout);
        var progress = new ProgressReporter(files.Count, log);
        var stopwatch = Stopwatch.StartNew();
        var failed = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var result = pipeline.Ingest(file);
            writer.Write(result);
            if (!result.Succeeded) Interlocked.Increment(ref failed);
            progress.Report(result);
        });

        log.WriteLine($"Xong / Done: {files.Count - failed} thành công / succeeded, {failed} lỗi / failed, {stopwatch.Elapsed.TotalSeconds:0.0} s → {Path.GetFullPath(outputDirectory)}");
        return failed > 0 ? 1 : 0;
    }
}

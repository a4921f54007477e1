using System.Diagnostics;
using System.Security.Cryptography;
using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Extractors.Structure;
using ThiDua.Extractors.Prose;

namespace ThiDua.Extractors.Pipeline;

/// <summary>
/// bytes → sniff → reader → LayoutDocument → structure → stages → Report. One file's failure is an IngestResult with an error,
/// never an exception; a file that takes longer than the time limit is reported as <c>timeout</c>.
/// </summary>
public sealed class IngestPipeline(
    IReadOnlyDictionary<string, IDocumentReader> readers,
    IReadOnlyList<ILayoutTransform> transforms,
    StructureBuilder structure,
    IReadOnlyList<IReportStage> stages,
    TimeSpan timeout)
{
    public TimeSpan Timeout => timeout;

    /// <summary>The code and rules this pipeline runs with, recorded on every report's source.</summary>
    public PipelineVersion Version { get; } = PipelineVersion.Current;

    public IngestResult Ingest(string path, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var fileName = Path.GetFileName(path);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var work = Task.Run(() => IngestCore(path, fileName, timeoutSource.Token), timeoutSource.Token);
        try
        {
            if (!work.Wait(timeout + TimeSpan.FromSeconds(5), cancellationToken))
            {
                timeoutSource.Cancel();
                return Failed(path, fileName, ReaderErrorCodes.Timeout, TimeoutMessage(), stopwatch);
            }

            return work.Result with { Elapsed = stopwatch.Elapsed };
        }
        catch (AggregateException ex) when (ex.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Failed(path, fileName, ReaderErrorCodes.Timeout, TimeoutMessage(), stopwatch);
        }
        catch (AggregateException ex) when (ex.InnerException is ReaderException reader)
        {
            return Failed(path, fileName, reader.Code, reader.Message, stopwatch);
        }
        catch (AggregateException ex) when (ex.InnerException is not OperationCanceledException)
        {
            var inner = ex.InnerException ?? ex;
            return Failed(path, fileName, ReaderErrorCodes.InternalError, $"Lỗi nội bộ khi xử lý tệp / Internal error while processing the file: {inner.GetType().Name}: {inner.Message}", stopwatch);
        }

        string TimeoutMessage() => $"Xử lý tệp quá {timeout.TotalSeconds:0} giây và đã bị dừng / Processing took longer than {timeout.TotalSeconds:0} s and was stopped.";
    }

    private IngestResult IngestCore(string path, string fileName, CancellationToken cancellationToken)
    {
        var format = FormatSniffer.Detect(path);
        if (format == DetectedFormat.Empty) return Failed(path, fileName, ReaderErrorCodes.EmptyFile, "Tệp rỗng, không có nội dung / The file is empty.");
        if (format == DetectedFormat.CorruptZip)
        {
            return Failed(path, fileName, ReaderErrorCodes.CorruptFile, "Tệp nén (Word .docx) bị hỏng hoặc bị cắt cụt, không giải nén được / The zip package (Word .docx) is corrupt or truncated and cannot be unzipped.");
        }

        if (!format.Supported || !readers.TryGetValue(format.Code, out var reader))
        {
            return Failed(path, fileName, ReaderErrorCodes.UnsupportedFormat, $"Định dạng không được hỗ trợ: {format.Vietnamese} / Unsupported format: {format.English}.");
        }

        var layout = reader.Read(path, cancellationToken);
        foreach (var transform in transforms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layout = ApplyTransform(transform, layout, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var source = new SourceInfo(fileName, Sha256Of(path), layout.Format ?? reader.Format, layout.PageCount, layout.Extractor ?? reader.Extractor, [], path, Version.Code, Version.RulesHash);
        var report = structure.Build(layout, source);
        var text = new ReportText(report);
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report = ApplyStage(stage, report, text);
        }

        return new IngestResult(path, report, null, TimeSpan.Zero);
    }

    /// <summary>A layout transform that throws leaves the layout as it was and records why in the layout's warnings.</summary>
    private static LayoutDocument ApplyTransform(ILayoutTransform transform, LayoutDocument layout, CancellationToken cancellationToken)
    {
        try
        {
            return transform.Apply(layout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return layout with { Warnings = [.. layout.Warnings, $"transform_failed: {transform.GetType().Name}: {ex.GetType().Name}: {ex.Message}"] };
        }
    }

    /// <summary>A stage that throws keeps the report as it was before the stage and records why in source.warnings.</summary>
    private static Report ApplyStage(IReportStage stage, Report report, ReportText text)
    {
        try
        {
            return stage.Apply(report, text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var warning = $"stage_failed: {stage.GetType().Name}: {ex.GetType().Name}: {ex.Message}";
            return report with { Source = report.Source with { Warnings = [.. report.Source.Warnings, warning] } };
        }
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static IngestResult Failed(string path, string fileName, string code, string message, Stopwatch? stopwatch = null) =>
        new(path, null, new IngestError(fileName, code, $"{fileName}: {message}"), stopwatch?.Elapsed ?? TimeSpan.Zero);
}

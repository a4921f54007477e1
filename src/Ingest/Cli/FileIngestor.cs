using System.Security.Cryptography;
using System.Text;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;
using ThiDua.Extractors.Readers.Sniffing;
using ThiDua.Store;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// Ingests one file: skips plain text met in a folder walk and bytes this pipeline version already extracted, else runs the
/// pipeline, writes the JSON result (when an output folder is given) and records the result in the store in one transaction.
/// Any exception becomes a failed outcome for this file only.
/// </summary>
public sealed class FileIngestor(IngestPipeline pipeline, IReportStore store, OutputWriter? writer)
{
    public string PipelineVersion { get; } = pipeline.Version.Key;

    public async Task<FileOutcome> IngestAsync(InputFile input, CancellationToken cancellationToken)
    {
        try
        {
            if (!input.Explicit && FormatSniffer.Detect(input.Path) == DetectedFormat.PlainText)
            {
                return new FileOutcome(input, FileOutcomeKind.NotADocument, null, "bỏ qua, văn bản thuần hoặc dữ liệu, không phải báo cáo / skipped, plain text or data, not a report");
            }

            var sha256 = await Sha256Async(input.Path, cancellationToken);
            if (await store.HasExtractionAsync(sha256, PipelineVersion, cancellationToken))
            {
                await store.AddPathAsync(sha256, input.Path, cancellationToken);
                if (writer is not null) await WriteStoredAsync(input, sha256, cancellationToken);
                return new FileOutcome(input, FileOutcomeKind.AlreadyInStore, null, "bỏ qua, đã có trong kho (cùng phiên bản) / skipped, already in the store (same pipeline version)");
            }

            var result = pipeline.Ingest(input.Path, cancellationToken);
            var json = WriteResult(input, result);
            await store.SaveAsync(new IngestedFile(input.Path, sha256, input.Path, PipelineVersion, result.Report, result.Error, result.Elapsed, json), cancellationToken);
            return new FileOutcome(input, result.Succeeded ? FileOutcomeKind.Succeeded : FileOutcomeKind.Failed, result, result.Error?.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var name = Path.GetFileName(input.Path);
            var message = $"{name}: Lỗi khi ghi nhận tệp / Error while recording the file: {ex.GetType().Name}: {ex.Message}";
            return new FileOutcome(input, FileOutcomeKind.Failed, new IngestResult(input.Path, null, new IngestError(name, ReaderErrorCodes.InternalError, message), TimeSpan.Zero), message);
        }
    }

    /// <summary>
    /// Serializes the report once, for the output file and the store (a large report's JSON costs as much as a stage), and
    /// returns it as the store keeps it; the UTF-8 bytes are not held while the store writes.
    /// </summary>
    private string? WriteResult(InputFile input, IngestResult result)
    {
        var json = result.Report is null ? null : ReportJson.SerializeToUtf8Bytes(result.Report);
        writer?.Write(input, result, json);
        return json is null ? null : Encoding.UTF8.GetString(json);
    }

    /// <summary>With an output folder, a skipped file still gets its result file: the stored extraction, under this input's path.</summary>
    private async Task WriteStoredAsync(InputFile input, string sha256, CancellationToken cancellationToken)
    {
        if (await store.FindExtractionAsync(sha256, PipelineVersion, cancellationToken) is not { } stored) return;
        var fileName = Path.GetFileName(input.Path);
        var report = stored.Report is { } r ? r with { Source = r.Source with { FileName = fileName, InputPath = input.Path } } : null;
        var error = stored.Error is { } e
            ? new IngestError(fileName, e.Code, e.Message.StartsWith(e.FileName + ": ", StringComparison.Ordinal) ? fileName + e.Message[e.FileName.Length..] : e.Message)
            : null;
        writer!.Write(input, new IngestResult(input.Path, report, error, stored.Version.Elapsed));
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        // a FIFO or device reports length 0 and opening it could block: hash it as the empty file it is read as
        if (new FileInfo(path).Length == 0) return Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty));
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}

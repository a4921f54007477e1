using ThiDua.Store;
using ThiDua.Store.Export;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// <c>thidua export</c>: the cleaned dataset of the selected documents, corrections applied, in one format. The files
/// written go to stdout, one per line; corrections that could not be applied are listed on stderr. Exit 0 when written,
/// 1 when writing failed, 2 on a usage error.
/// </summary>
public sealed class ExportRunner(TextWriter output, TextWriter log)
{
    public async Task<int> RunAsync(string? store, ExportFormat format, string outputPath, ExportFilter filter, CancellationToken cancellationToken = default)
    {
        if (filter.ReviewState is { } state && state is not (ReviewStates.Unreviewed or ReviewStates.InReview or ReviewStates.Reviewed))
        {
            log.WriteLine($"Trạng thái không hợp lệ / Invalid --status '{state}': {ReviewStates.Unreviewed}, {ReviewStates.InReview}, {ReviewStates.Reviewed}.");
            return CommandLine.UsageError;
        }

        if (format.WritesFolder() ? File.Exists(outputPath) : Directory.Exists(outputPath))
        {
            log.WriteLine(format.WritesFolder()
                ? $"{outputPath}: định dạng này ghi một thư mục (một tệp mỗi bảng), nhưng đây là một tệp / this format writes a folder (one file per table), but this is a file."
                : $"{outputPath}: định dạng này ghi một tệp, nhưng đây là một thư mục / this format writes one file, but this is a folder.");
            return CommandLine.UsageError;
        }

        if (!StoreLocation.TryOpen(store, log, out var opened)) return CommandLine.UsageError;
        await using var reportStore = opened!;
        ExportResult result;
        try
        {
            result = await DatasetExporter.ExportAsync(reportStore, filter, format, outputPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"{outputPath}: không ghi được / cannot write: {ex.Message}");
            return 1;
        }

        foreach (var (documentId, outcome) in result.NotApplied)
        {
            log.WriteLine($"Tài liệu #{documentId}, hiệu chỉnh #{outcome.Correction.Id} ({outcome.Correction.Target}) không áp dụng / correction not applied: {outcome.Message}");
        }

        foreach (var file in result.Files) output.WriteLine(file);
        log.WriteLine(result.DocumentCount == 0
            ? "Không có tài liệu nào khớp bộ lọc / No document matches the filters (empty tables written)."
            : $"Đã xuất {result.DocumentCount} tài liệu, áp dụng {result.CorrectionsApplied} hiệu chỉnh / Exported {result.DocumentCount} documents, {result.CorrectionsApplied} corrections applied, {result.NotApplied.Count} not applied.");
        return 0;
    }
}

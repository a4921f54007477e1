using ThiDua.Extractors.Model;
using ThiDua.Extractors.Pipeline;
using ThiDua.Store;
using ThiDua.Store.Diff;
using ThiDua.Store.Diff.Model;
using ThiDua.Store.Diff.Output;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// <c>thidua diff</c>: two report JSON files, or two versions of one stored document (default: the two latest) with the
/// later one laid against its review corrections. Exit 0 when there is no difference, 1 when there are, 2 on a usage error
/// (wrong arguments, a file or version that cannot be read).
/// </summary>
public sealed class DiffRunner(TextWriter output, TextWriter log, bool colour)
{
    public const int NoDifference = 0;
    public const int Differences = 1;

    public int RunFiles(string pathA, string pathB, bool json)
    {
        var a = ReadReport(pathA);
        var b = ReadReport(pathB);
        if (a is null || b is null) return CommandLine.UsageError;
        return Write(ReportDiffer.Compare(a, b, ReportDiffer.Side(a, pathA), ReportDiffer.Side(b, pathB)), json);
    }

    public async Task<int> RunStoreAsync(string? store, string documentArgument, int? from, int? to, bool json, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(documentArgument, out var documentId))
        {
            log.WriteLine($"Mã tài liệu không hợp lệ / Invalid document id: '{documentArgument}' (một số / a number).");
            return CommandLine.UsageError;
        }

        if (!StoreLocation.TryOpen(store, log, out var opened)) return CommandLine.UsageError;
        await using var reportStore = opened!;
        var versions = await reportStore.ListVersionsAsync(documentId, cancellationToken);
        if (versions.Count == 0)
        {
            log.WriteLine($"Không có tài liệu / No document #{documentId} in {reportStore.Description}.");
            return CommandLine.UsageError;
        }

        if (versions.Count == 1 && from is null && to is null)
        {
            var name = (await reportStore.GetDocumentAsync(documentId, cancellationToken))?.FileName;
            var only = versions[0].Version;
            log.WriteLine($"Tài liệu #{documentId} ({name}) chỉ có một phiên bản (v{only}): chưa có gì để so sánh; phiên bản mới có khi trích xuất lại bằng phiên bản chương trình mới " +
                          $"/ Document #{documentId} ({name}) has only one version (v{only}): nothing to compare yet; a new version comes from ingesting it again with a newer pipeline.");
            return CommandLine.UsageError;
        }

        var ordered = versions.Select(v => v.Version).Order().ToList();
        var toVersion = to ?? ordered[^1];
        var fromVersion = from ?? ordered.LastOrDefault(v => v < toVersion);
        if (fromVersion == 0)
        {
            log.WriteLine($"Tài liệu #{documentId} không có phiên bản nào trước v{toVersion}; hãy chỉ rõ --from / Document #{documentId} has no version before v{toVersion}; name one with --from.");
            return CommandLine.UsageError;
        }

        var a = await ReadVersionAsync(reportStore, documentId, fromVersion, cancellationToken);
        var b = await ReadVersionAsync(reportStore, documentId, toVersion, cancellationToken);
        if (a is null || b is null) return CommandLine.UsageError;
        var corrections = await reportStore.ListCorrectionsAsync(documentId, cancellationToken);
        var diff = ReportDiffer.Compare(
            a, b,
            ReportDiffer.Side(a, $"#{documentId} v{fromVersion}", documentId, fromVersion),
            ReportDiffer.Side(b, $"#{documentId} v{toVersion}", documentId, toVersion),
            corrections);
        return Write(diff, json);
    }

    private int Write(ReportDiff diff, bool json)
    {
        if (json) output.WriteLine(DiffJson.Serialize(diff));
        else new DiffTextRenderer(output, colour).Render(diff);
        return diff.Identical ? NoDifference : Differences;
    }

    private Report? ReadReport(string path)
    {
        try
        {
            var report = ReportJson.Deserialize(File.ReadAllText(path));
            if (report?.Sections is not null && report.Document is not null && report.Source is not null) return report;
            log.WriteLine($"{path}: không phải kết quả trích xuất / not a report JSON (spec/report.schema.json).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"{path}: không đọc được tệp / cannot read the file: {ex.Message}");
        }
        catch (System.Text.Json.JsonException ex)
        {
            log.WriteLine($"{path}: JSON không hợp lệ / invalid JSON: {ex.Message}");
        }

        return null;
    }

    private async Task<Report?> ReadVersionAsync(IReportStore store, long documentId, int version, CancellationToken cancellationToken)
    {
        var extraction = await store.GetExtractionAsync(documentId, version, cancellationToken);
        if (extraction?.Report is { } report) return report;
        log.WriteLine(extraction is null
            ? $"Tài liệu #{documentId} không có phiên bản v{version} / Document #{documentId} has no version v{version}."
            : $"Phiên bản v{version} của tài liệu #{documentId} là lỗi {extraction.Error?.Code}, không có kết quả để so sánh / version v{version} failed ({extraction.Error?.Code}): nothing to compare.");
        return null;
    }
}

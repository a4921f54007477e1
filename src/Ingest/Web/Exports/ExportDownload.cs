using System.IO.Compression;
using ThiDua.Store;
using ThiDua.Store.Export;

namespace ThiDua.Ingest.Web.Exports;

/// <summary>
/// Runs an export of the CLI (same formats, same filters, corrections applied) into a temporary folder and hands back one
/// file to download: the file itself, or a zip of the per-table files for CSV and Parquet.
/// </summary>
public static class ExportDownload
{
    public sealed record Download(string Path, string ContentType, string FileName, string TempFolder);

    public static async Task<Download> CreateAsync(IReportStore store, ExportFilter filter, ExportFormat format, string formatName, string dataDirectory, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetFullPath(dataDirectory), "exports", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmm");
        var baseName = $"thidua-{formatName}-{stamp}";
        var extension = format switch
        {
            ExportFormat.Xlsx or ExportFormat.SummaryXlsx => ".xlsx",
            ExportFormat.Json => ".json",
            ExportFormat.Jsonl => ".jsonl",
            _ => string.Empty,
        };
        var output = Path.Combine(folder, format.WritesFolder() ? baseName : baseName + extension);
        var documents = await DatasetExporter.ReadAsync(store, filter, cancellationToken);
        await DatasetExporter.WriteAsync(documents, format, output, cancellationToken);
        if (format.WritesFolder())
        {
            var zip = output + ".zip";
            ZipFile.CreateFromDirectory(output, zip);
            return new Download(zip, "application/zip", baseName + ".zip", folder);
        }

        var contentType = extension switch
        {
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".json" => "application/json",
            _ => "application/x-ndjson",
        };
        return new Download(output, contentType, baseName + extension, folder);
    }
}

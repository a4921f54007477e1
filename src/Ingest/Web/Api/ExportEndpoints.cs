using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Exports;
using ThiDua.Ingest.Web.Pages;
using ThiDua.Store;
using ThiDua.Store.Export;

namespace ThiDua.Ingest.Web.Api;

/// <summary><c>GET /api/export?format=...</c>: the cleaned dataset as the CLI's <c>thidua export</c> writes it, with its filters.</summary>
public static class ExportEndpoints
{
    public static void MapExportApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/export", ExportAsync)
            .WithTags("export")
            .WithSummary("Tải dữ liệu đã làm sạch: format=csv|xlsx|json|jsonl|parquet|summary-xlsx, lọc issuer, year, period, review / Download the cleaned dataset (corrections applied).");

    private static async Task<IResult> ExportAsync(HttpContext http, IReportStore store, WebOptions options, string? format, string? issuer, string? year, string? period, string? review)
    {
        var name = string.IsNullOrWhiteSpace(format) ? "xlsx" : format.Trim();
        if (!ExportFormats.ByName.TryGetValue(name, out var exportFormat))
        {
            return ApiProblems.BadRequest($"Định dạng xuất không hỗ trợ: {name}; dùng {string.Join(", ", ExportFormats.ByName.Keys)} / Unsupported export format.");
        }

        var filter = new ExportFilter(QueryValues.Text(issuer), QueryValues.Number(year), QueryValues.Text(period), QueryValues.Text(review));
        var download = await ExportDownload.CreateAsync(store, filter, exportFormat, name.ToLowerInvariant(), options.DataDirectory, http.RequestAborted);
        http.Response.RegisterForDispose(new TempFolder(download.TempFolder));
        return Results.File(download.Path, download.ContentType, download.FileName);
    }

    /// <summary>Deletes the export's temporary folder once the response has been sent.</summary>
    private sealed class TempFolder(string path) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

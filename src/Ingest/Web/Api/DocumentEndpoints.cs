using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest.Web.Pages;
using ThiDua.Ingest.Web.Security;
using ThiDua.Ingest.Web.Uploads;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Api;

/// <summary>The document API: upload, upload progress, the list with filters and sorting, one extraction, its versions.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("documents");

        api.MapPost("/documents", UploadAsync)
            .RequireAuthorization(AppPolicies.Reviewer)
            .AddEndpointFilter<BrowserAntiforgeryFilter>()
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<UploadStatus[]>(StatusCodes.Status202Accepted)
            .WithSummary("Tải lên báo cáo (trường files, nhiều tệp) / Upload reports (field files, many files); ingestion runs in the background.");

        api.MapGet("/uploads/{uploadId}", (string uploadId, UploadTracker tracker) =>
                tracker.Get(uploadId) is { } status ? Results.Ok(status) : Results.Problem(title: $"Không có lượt tải lên {uploadId} / No upload {uploadId}.", statusCode: 404))
            .WithSummary("Tiến độ của một tệp đã tải lên / Progress of one uploaded file.");

        api.MapGet("/documents", ListAsync)
            .WithSummary("Danh sách tài liệu, lọc và sắp xếp / The document list, filtered and sorted.");

        api.MapGet("/documents/{id:long}", GetExtractionAsync)
            .WithSummary("Bản trích xuất (mô hình chuẩn JSON), mới nhất hoặc ?version=N / The extraction (canonical JSON), latest or ?version=N.");

        api.MapGet("/documents/{id:long}/versions", async (long id, IReportStore store, CancellationToken ct) =>
                await store.GetDocumentAsync(id, ct) is null ? ApiProblems.NotFound(id) : Results.Ok(await store.ListVersionsAsync(id, ct)))
            .WithSummary("Các phiên bản trích xuất của tài liệu / The document's extraction versions.");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var receipt = await receiver.ReceiveAsync(request, cancellationToken);
        return receipt.Message is { } message
            ? Results.Problem(title: message, statusCode: receipt.StatusCode)
            : Results.Json(receipt.Files, statusCode: receipt.StatusCode);
    }

    private static async Task<IResult> ListAsync(
        IReportStore store,
        string? issuer, string? year, string? period, string? format, string? status, string? review, string? search,
        string? sort, string? desc, string? offset, string? limit, CancellationToken cancellationToken)
    {
        var query = new DocumentQuery(QueryValues.Text(issuer), QueryValues.Number(year), QueryValues.Text(period), QueryValues.Text(format),
            QueryValues.Text(status), QueryValues.Text(review), QueryValues.Text(search), QueryValues.Text(sort) ?? "id", QueryValues.Flag(desc),
            Math.Max(0, QueryValues.Number(offset) ?? 0), Math.Clamp(QueryValues.Number(limit) ?? 100, 1, 1000));
        return Results.Ok(await store.ListDocumentsAsync(query, cancellationToken));
    }

    private static async Task<IResult> GetExtractionAsync(long id, int? version, IReportStore store, CancellationToken cancellationToken)
    {
        var extraction = await store.GetExtractionAsync(id, version, cancellationToken);
        if (extraction is null) return version is { } v ? ApiProblems.VersionNotFound(id, v) : ApiProblems.NotFound(id);
        var json = extraction.Report is { } report ? ReportJson.SerializeToUtf8Bytes(report) : ReportJson.SerializeToUtf8Bytes(extraction.Error!);
        return Results.Bytes(json, "application/json; charset=utf-8");
    }
}

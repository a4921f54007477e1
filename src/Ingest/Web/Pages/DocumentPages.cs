using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Ingest.Web.Security;
using ThiDua.Ingest.Web.SourcePages;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The document pages: the list, one document, its source page images, and the forms that correct and review.</summary>
public static class DocumentPages
{
    public static void MapDocumentPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", () => Results.Redirect("/documents"));
        pages.MapGet("/documents", ListAsync);
        pages.MapGet("/documents/{id:long}", ViewAsync);
        pages.MapGet("/documents/{id:long}/pages/{page:int}.png", PageImageAsync);
        pages.MapPost("/documents/{id:long}/corrections", CorrectAsync).RequireAuthorization(AppPolicies.Reviewer);
        pages.MapPost("/documents/{id:long}/review", ReviewAsync).RequireAuthorization(AppPolicies.Reviewer);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, IReportStore store,
        string? issuer, int? year, string? period, string? format, string? status, string? review, string? search,
        string? sort, bool? desc, int? offset, int? limit)
    {
        var query = new DocumentQuery(Empty(issuer), year, Empty(period), Empty(format), Empty(status), Empty(review), Empty(search),
            sort ?? "id", desc ?? false, Math.Max(0, offset ?? 0), Math.Clamp(limit ?? 100, 1, 1000));
        var page = await store.ListDocumentsAsync(query, http.RequestAborted);
        return PageLayout.Page(http, "Tài liệu", "/documents", DocumentListView.Render(query, page));
    }

    private static async Task<IResult> ViewAsync(HttpContext http, long id, int? version, IReportStore store)
    {
        var cancellationToken = http.RequestAborted;
        var document = await store.GetDocumentAsync(id, cancellationToken);
        var extraction = document is null ? null : await store.GetExtractionAsync(id, version, cancellationToken);
        if (document is null || extraction is null) return NotFound(http, id, version);
        if (extraction.Report is not { } report)
        {
            var failed = new HtmlBuilder().Append($"<h1>{document.FileName}</h1><p class=\"message error\">{extraction.Error?.Message}</p><p>Mã lỗi / error code: <code>{extraction.Error?.Code}</code></p>");
            return PageLayout.Page(http, document.FileName, "/documents", failed);
        }

        var versions = await store.ListVersionsAsync(id, cancellationToken);
        var corrections = await store.ListCorrectionsAsync(id, cancellationToken);
        var review = new ReviewContext(document, extraction.Version.Version, report, corrections, CurrentUser.IsReviewer(http.User), PageLayout.TokenField(http));
        return PageLayout.Page(http, report.Document.Title ?? document.FileName, "/documents", DocumentView.Render(review, versions));
    }

    private static async Task<IResult> PageImageAsync(long id, int page, PageImageCache images, HttpContext http)
    {
        var path = await images.GetAsync(id, page, http.RequestAborted);
        if (path is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return Results.File(path, "image/png");
    }

    private static async Task<IResult> CorrectAsync(
        HttpContext http, long id, IReportStore store, ClaimsPrincipal user,
        [FromForm] int version, [FromForm] string target, [FromForm] string? oldValue, [FromForm] string? newValue, [FromForm] string? comment, [FromForm] string? returnTo)
    {
        if (await store.GetDocumentAsync(id, http.RequestAborted) is null) return NotFound(http, id, null);
        await store.AddCorrectionAsync(new NewCorrection(id, version, target.Trim(), oldValue, newValue?.Trim(), Empty(comment), CurrentUser.Name(user)), http.RequestAborted);
        var anchor = returnTo is { Length: > 0 } && returnTo.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? "#" + returnTo : string.Empty;
        return Results.Redirect($"/documents/{id}?version={version}{anchor}");
    }

    private static async Task<IResult> ReviewAsync(HttpContext http, long id, IReportStore store, ClaimsPrincipal user, [FromForm] string state)
    {
        if (state is not (ReviewStates.Unreviewed or ReviewStates.InReview or ReviewStates.Reviewed)) return Results.BadRequest();
        if (await store.GetDocumentAsync(id, http.RequestAborted) is null) return NotFound(http, id, null);
        await store.SetReviewStateAsync(id, state, CurrentUser.Name(user), http.RequestAborted);
        return Results.Redirect($"/documents/{id}");
    }

    private static IResult NotFound(HttpContext http, long id, int? version) =>
        PageLayout.Page(http, "Không tìm thấy", "/documents",
            new HtmlBuilder().Append($"<h1>Không tìm thấy / Not found</h1><p class=\"message error\">Không có tài liệu số {id}{(version is { } v ? $", phiên bản {v}" : string.Empty)} / No document {id}{(version is { } w ? $", version {w}" : string.Empty)}.</p>"),
            StatusCodes.Status404NotFound);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

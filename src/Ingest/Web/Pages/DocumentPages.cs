using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Ingest.Web.Security;
using ThiDua.Ingest.Web.SourcePages;
using ThiDua.Store;
using ThiDua.Store.Review;

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
        pages.MapGet("/documents/{id:long}/diff", DiffAsync);
        pages.MapPost("/documents/{id:long}/corrections", CorrectAsync).RequireAuthorization(AppPolicies.Reviewer);
        pages.MapPost("/documents/{id:long}/review", ReviewAsync).RequireAuthorization(AppPolicies.Reviewer);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, IReportStore store,
        string? issuer, string? year, string? period, string? format, string? status, string? review, string? search,
        string? sort, string? desc, string? offset, string? limit)
    {
        var query = new DocumentQuery(Empty(issuer), QueryValues.Number(year), Empty(period), Empty(format), Empty(status), Empty(review), Empty(search),
            Empty(sort) ?? "id", QueryValues.Flag(desc), Math.Max(0, QueryValues.Number(offset) ?? 0), Math.Clamp(QueryValues.Number(limit) ?? 100, 1, 1000));
        var page = await store.ListDocumentsAsync(query, http.RequestAborted);
        return PageLayout.Page(http, "Tài liệu", "/documents", DocumentListView.Render(query, page));
    }

    private static Task<IResult> ViewAsync(HttpContext http, long id, int? version, IReportStore store) => RenderViewAsync(http, id, version, store, null);

    private static async Task<IResult> RenderViewAsync(HttpContext http, long id, int? version, IReportStore store, RefusedCorrection? refused)
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
        var review = new ReviewContext(document, extraction.Version.Version, report, corrections, CurrentUser.IsReviewer(http.User), PageLayout.TokenField(http), refused);
        return PageLayout.Page(http, report.Document.Title ?? document.FileName, "/documents", DocumentView.Render(review, versions), refused?.StatusCode ?? StatusCodes.Status200OK);
    }

    private static Task<IResult> DiffAsync(HttpContext http, long id, int? from, int? to, IReportStore store) => RenderDiffAsync(http, id, from, to, store, null);

    private static async Task<IResult> RenderDiffAsync(HttpContext http, long id, int? from, int? to, IReportStore store, RefusedCorrection? refused)
    {
        var document = await store.GetDocumentAsync(id, http.RequestAborted);
        if (document is null) return NotFound(http, id, null);
        var b = to ?? document.LatestVersion;
        var a = from ?? Math.Max(1, b - 1);
        var (diff, _) = await Api.DiffEndpoints.LoadAsync(store, id, a, b, http.RequestAborted);
        var reportB = diff is null ? null : (await store.GetExtractionAsync(id, b, http.RequestAborted))?.Report;
        if (diff is null || reportB is null)
        {
            return PageLayout.Page(http, "So sánh", "/documents",
                new HtmlBuilder().Append($"<h1>So sánh phiên bản</h1><p class=\"message error\">Không so sánh được v{a} với v{b} của tài liệu {id}: thiếu phiên bản hoặc phiên bản lỗi / Cannot compare these versions.</p>"),
                StatusCodes.Status404NotFound);
        }

        var corrections = await store.ListCorrectionsAsync(id, http.RequestAborted);
        var page = new DiffPageContext(id, a, b, corrections, CurrentUser.IsReviewer(http.User), PageLayout.TokenField(http), refused);
        return PageLayout.Page(http, "So sánh phiên bản", "/documents", DiffView.Render(diff, reportB, page, document.FileName), refused?.StatusCode ?? StatusCodes.Status200OK);
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
        [FromForm] int version, [FromForm] string target, [FromForm] string? oldValue, [FromForm] string? newValue, [FromForm] string? comment, [FromForm] string? returnTo, [FromForm] int? diffFrom)
    {
        if (await store.GetDocumentAsync(id, http.RequestAborted) is null) return NotFound(http, id, null);
        var candidate = new NewCorrection(id, version, target.Trim(), oldValue, newValue?.Trim(), Empty(comment), CurrentUser.Name(user));
        var outcome = await CorrectionValidator.CheckAsync(store, candidate, http.RequestAborted);
        if (outcome is null) return NotFound(http, id, version);
        if (!outcome.Applied)
        {
            var refused = new RefusedCorrection(candidate, returnTo, outcome);
            return diffFrom is { } shownFrom
                ? await RenderDiffAsync(http, id, shownFrom, version, store, refused)
                : await RenderViewAsync(http, id, version, store, refused);
        }

        await store.AddCorrectionAsync(candidate, http.RequestAborted);
        var anchor = returnTo is { Length: > 0 } && returnTo.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? "#" + returnTo : string.Empty;
        return Results.Redirect(diffFrom is { } from ? $"/documents/{id}/diff?from={from}&to={version}{anchor}" : $"/documents/{id}?version={version}{anchor}");
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

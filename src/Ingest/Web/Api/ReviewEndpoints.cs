using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Security;
using ThiDua.Store;
using ThiDua.Store.Review;

namespace ThiDua.Ingest.Web.Api;

/// <summary>Corrections and review decisions over the API; every change records the signed-in (or local) user.</summary>
public static class ReviewEndpoints
{
    public sealed record CorrectionRequest(int? Version, string Target, string? OldValue, string? NewValue, string? Comment);

    public sealed record ReviewStateRequest(string State);

    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id:long}").WithTags("review");

        api.MapGet("/corrections", async (long id, IReportStore store, CancellationToken ct) =>
                await store.GetDocumentAsync(id, ct) is null ? ApiProblems.NotFound(id) : Results.Ok(await store.ListCorrectionsAsync(id, ct)))
            .WithSummary("Các sửa đổi của người duyệt / The reviewers' corrections.");

        api.MapPost("/corrections", AddCorrectionAsync)
            .RequireAuthorization(AppPolicies.Reviewer)
            .AddEndpointFilter<BrowserAntiforgeryFilter>()
            .WithSummary("Ghi một sửa đổi (target ví dụ awards/3/count) / Record a correction (target e.g. awards/3/count).");

        api.MapPut("/review", SetReviewStateAsync)
            .RequireAuthorization(AppPolicies.Reviewer)
            .AddEndpointFilter<BrowserAntiforgeryFilter>()
            .WithSummary("Đặt trạng thái duyệt: unreviewed, in_review, reviewed / Set the review state.");

        api.MapGet("/audit", async (long id, IReportStore store, CancellationToken ct) => Results.Ok(await store.ListAuditAsync(id, 200, ct)))
            .WithSummary("Nhật ký thay đổi của tài liệu / The document's audit log.");
    }

    private static async Task<IResult> AddCorrectionAsync(long id, CorrectionRequest request, ClaimsPrincipal user, IReportStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Target)) return ApiProblems.BadRequest("Thiếu trường target / The field target is missing.");
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null) return ApiProblems.NotFound(id);
        var version = request.Version ?? document.LatestVersion;
        var candidate = new NewCorrection(id, version, request.Target.Trim(), request.OldValue, request.NewValue, request.Comment, CurrentUser.Name(user));
        if (await CorrectionValidator.CheckAsync(store, candidate, cancellationToken) is not { } outcome) return ApiProblems.VersionNotFound(id, version);
        if (!outcome.Applied)
        {
            return Results.Problem(
                title: outcome.Message ?? outcome.Reason,
                detail: outcome.Reason,
                statusCode: outcome.Reason == CorrectionRejection.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        var correction = await store.AddCorrectionAsync(candidate, cancellationToken);
        return Results.Created($"/api/documents/{id}/corrections", correction);
    }

    private static async Task<IResult> SetReviewStateAsync(long id, ReviewStateRequest request, ClaimsPrincipal user, IReportStore store, CancellationToken cancellationToken)
    {
        if (request.State is not (ReviewStates.Unreviewed or ReviewStates.InReview or ReviewStates.Reviewed))
        {
            return ApiProblems.BadRequest($"Trạng thái không hợp lệ: {request.State} / Unknown review state: {request.State}.");
        }

        if (await store.GetDocumentAsync(id, cancellationToken) is null) return ApiProblems.NotFound(id);
        await store.SetReviewStateAsync(id, request.State, CurrentUser.Name(user), cancellationToken);
        return Results.NoContent();
    }
}

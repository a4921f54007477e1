using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Store;
using ThiDua.Store.Diff;
using ThiDua.Store.Diff.Model;
using ThiDua.Store.Diff.Output;

namespace ThiDua.Ingest.Web.Api;

/// <summary><c>GET /api/documents/{id}/versions/{a}/diff/{b}</c>: the diff of <c>thidua diff --json</c> between two stored versions.</summary>
public static class DiffEndpoints
{
    public static void MapDiffApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/documents/{id:long}/versions/{a:int}/diff/{b:int}", async (long id, int a, int b, IReportStore store, CancellationToken ct) =>
            {
                var diff = await LoadAsync(store, id, a, b, ct);
                return diff.Diff is { } found
                    ? Results.Text(DiffJson.Serialize(found), "application/json; charset=utf-8")
                    : diff.Problem!;
            })
            .WithTags("documents")
            .WithSummary("So sánh hai phiên bản trích xuất (dạng JSON của thidua diff --json) / The diff between two extraction versions.");

    /// <summary>The diff of versions a → b with B's corrections reviewed, or the problem answer when a side is missing or failed.</summary>
    public static async Task<(ReportDiff? Diff, IResult? Problem)> LoadAsync(IReportStore store, long id, int a, int b, CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(id, cancellationToken) is null) return (null, ApiProblems.NotFound(id));
        var first = await store.GetExtractionAsync(id, a, cancellationToken);
        if (first is null) return (null, ApiProblems.VersionNotFound(id, a));
        var second = await store.GetExtractionAsync(id, b, cancellationToken);
        if (second is null) return (null, ApiProblems.VersionNotFound(id, b));
        if (first.Report is not { } reportA || second.Report is not { } reportB)
        {
            return (null, ApiProblems.BadRequest($"Một trong hai phiên bản không đọc được tệp, không so sánh được / One of the versions failed to extract and cannot be compared."));
        }

        var corrections = await store.ListCorrectionsAsync(id, cancellationToken);
        var diff = ReportDiffer.Compare(reportA, reportB,
            ReportDiffer.Side(reportA, $"#{id} v{a}", id, a),
            ReportDiffer.Side(reportB, $"#{id} v{b}", id, b),
            corrections);
        return (diff, null);
    }
}

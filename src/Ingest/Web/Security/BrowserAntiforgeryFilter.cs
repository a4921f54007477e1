using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Ingest.Web.Security;

/// <summary>
/// Antiforgery on the state-changing API: a request a browser sends (it carries a cookie, an <c>Origin</c> or a
/// <c>Sec-Fetch-Site</c> header, which a page of another site cannot remove) must carry the token of one of our pages in
/// the <c>X-CSRF-TOKEN</c> header. A script or <c>curl</c> without cookies has no ambient credentials to abuse and is let
/// through (on a login-protected server it has no cookie, so authorization refuses it anyway).
/// </summary>
public sealed class BrowserAntiforgeryFilter : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (FromBrowser(http.Request))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(
                    title: "Phiên làm việc hết hạn hoặc yêu cầu không đến từ trang của ứng dụng; hãy tải lại trang / The form expired or the request did not come from this application's pages; reload the page.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }

    private static bool FromBrowser(HttpRequest request) =>
        request.Cookies.Count > 0 || request.Headers.Origin.Count > 0 || request.Headers.ContainsKey("Sec-Fetch-Site");
}

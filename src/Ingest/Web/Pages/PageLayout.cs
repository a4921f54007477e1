using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Ingest.Web.Security;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The frame of every page: head, navigation, who is signed in, the antiforgery token for scripts, the content.</summary>
public static class PageLayout
{
    private static readonly (string Path, string Label)[] Navigation =
    [
        ("/documents", "Tài liệu"),
        ("/upload", "Tải lên"),
        ("/dashboard", "Tổng hợp"),
        ("/export", "Xuất dữ liệu"),
    ];

    public static string AntiforgeryToken(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? string.Empty;

    /// <summary>A hidden form field with the antiforgery token, for the page's own forms.</summary>
    public static Markup TokenField(HttpContext http) =>
        new HtmlBuilder().Append($"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{AntiforgeryToken(http)}\">").ToMarkup();

    public static IResult Page(HttpContext http, string title, string activePath, HtmlBuilder body, int statusCode = StatusCodes.Status200OK)
    {
        var user = http.User;
        var page = new HtmlBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{AntiforgeryToken(http)}">
            <title>{title} · ThiDua</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/documents">ThiDua <small>Duyệt báo cáo thi đua, khen thưởng</small></a>
            <nav>
            """);
        foreach (var (path, label) in Navigation)
        {
            page.Append($"<a href=\"{path}\"{(path == activePath ? new Markup(" class=\"active\" aria-current=\"page\"") : Markup.Empty)}>{label}</a>");
        }

        page.Append($"</nav><div class=\"who\">");
        if (user.Identity?.IsAuthenticated == true)
        {
            var role = CurrentUser.IsReviewer(user) ? "người duyệt / reviewer" : "người xem / viewer";
            page.Append($"<span title=\"{role}\">{CurrentUser.Name(user)} · {role}</span>");
            if (user.Identity.AuthenticationType != LocalUserHandler.SchemeName)
            {
                page.Append($"<form method=\"post\" action=\"/logout\">{TokenField(http)}<button type=\"submit\" class=\"link\">Đăng xuất</button></form>");
            }
        }

        page.Append($"</div></header>\n<main>\n{body}\n</main>\n</body>\n</html>\n");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }
}

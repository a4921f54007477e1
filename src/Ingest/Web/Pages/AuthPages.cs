using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Ingest.Web.Rendering;
using ThiDua.Ingest.Web.Security;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>Sign in (accounts of <c>thidua user add</c>), sign out, and the page shown when a viewer tries to change something.</summary>
public static class AuthPages
{
    public static void MapAuthPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext http, string? returnUrl) => LoginForm(http, returnUrl, null, null)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.Redirect("/login");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet("/denied", (HttpContext http) => PageLayout.Page(http, "Không có quyền", string.Empty,
                new HtmlBuilder().Append($"<h1>Không có quyền / Not allowed</h1><p class=\"message error\">Tài khoản người xem không được sửa hoặc tải lên; hãy đăng nhập bằng tài khoản người duyệt. / A viewer account cannot correct or upload; sign in as a reviewer.</p><p><a href=\"/documents\">Về danh sách tài liệu / Back to the documents</a></p>"),
                StatusCodes.Status403Forbidden))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static async Task<IResult> LoginAsync(HttpContext http, [FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl, IReportStore store)
    {
        var account = string.IsNullOrWhiteSpace(name) ? null : await store.GetUserAsync(name.Trim(), http.RequestAborted);
        if (account is null || password is null || !PasswordCheck.Verify(account, password))
        {
            return LoginForm(http, returnUrl, name, "Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/documents");
    }

    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult LoginForm(HttpContext http, string? returnUrl, string? name, string? error)
    {
        var body = new HtmlBuilder();
        body.Append($"""
            <section class="login">
            <h1>Đăng nhập <small>Sign in</small></h1>
            {(error is null ? Markup.Empty : new HtmlBuilder().Append($"<p class=\"message error\" role=\"alert\">{error}</p>").ToMarkup())}
            <form method="post" action="/login">
            {PageLayout.TokenField(http)}
            <input type="hidden" name="returnUrl" value="{(IsLocal(returnUrl) ? returnUrl : "/documents")}">
            <label>Tên đăng nhập / User name <input name="name" autocomplete="username" value="{name}" required autofocus></label>
            <label>Mật khẩu / Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Đăng nhập / Sign in</button>
            </form>
            </section>
            """);
        return PageLayout.Page(http, "Đăng nhập", string.Empty, body, error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }
}

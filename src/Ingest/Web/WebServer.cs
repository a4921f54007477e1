using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest.Web.Api;
using ThiDua.Ingest.Web.Pages;
using ThiDua.Ingest.Web.Security;
using ThiDua.Ingest.Web.Uploads;
using ThiDua.Store;

namespace ThiDua.Ingest.Web;

/// <summary>Builds the review web app: services, security, the JSON API, the pages and the background ingestion.</summary>
public static class WebServer
{
    public static WebApplication Build(WebOptions options, IReportStore store, IngestPipeline? pipeline = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(pipeline ?? PipelineFactory.Create(TimeSpan.FromSeconds(options.IngestTimeoutSeconds)));
        services.AddSingleton<UploadTracker>();
        services.AddSingleton<UploadStorage>();
        services.AddSingleton<UploadIngester>();
        services.AddHostedService(provider => provider.GetRequiredService<UploadIngester>());
        services.AddSingleton<UploadReceiver>();
        services.AddSingleton<SourcePages.PageImageCache>();
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueCountLimit = options.MaxFilesPerUpload + 64;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = BrowserAntiforgeryFilter.HeaderName;
            antiforgery.Cookie.Name = "thidua.csrf";
        });
        AddAuthentication(services, options);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAssets();
        app.MapAuthPages();
        app.MapDocumentApi();
        app.MapReviewApi();
        app.MapExportApi();
        app.MapDiffApi();
        app.MapUploadPages();
        app.MapDocumentPages();
        app.MapExportPages();
        app.MapDashboardPages();
        return app;
    }

    private static void AddAuthentication(IServiceCollection services, WebOptions options)
    {
        var authentication = services.AddAuthentication(options.LoginRequired ? CookieAuthenticationDefaults.AuthenticationScheme : LocalUserHandler.SchemeName);
        authentication.AddCookie(cookie =>
        {
            cookie.Cookie.Name = "thidua.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        if (!options.LoginRequired) authentication.AddScheme<AuthenticationSchemeOptions, LocalUserHandler>(LocalUserHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AppPolicies.Reviewer, policy => policy.RequireRole(UserRoles.Reviewer));
    }

    /// <summary>The API answers 401/403; pages go to the login or refusal page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

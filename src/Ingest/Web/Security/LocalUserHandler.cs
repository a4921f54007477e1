using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Security;

/// <summary>
/// On a loopback-only server no login is asked: every request is the local user, a reviewer. The user's name is the
/// account the server runs under, so that corrections still say who made them.
/// </summary>
public sealed class LocalUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Local";

    public static string LocalUserName { get; } = "local:" + Environment.UserName;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, LocalUserName), new Claim(ClaimTypes.Role, UserRoles.Reviewer)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

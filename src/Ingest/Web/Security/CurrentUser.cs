using System.Security.Claims;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Security;

/// <summary>Who is asking: the signed-in account, or the local user of a loopback server.</summary>
public static class CurrentUser
{
    public static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? LocalUserHandler.LocalUserName;

    public static bool IsReviewer(ClaimsPrincipal user) => user.IsInRole(UserRoles.Reviewer);
}

using ThiDua.Store;

namespace ThiDua.Ingest.Web.Security;

/// <summary>The authorization policies of the web app: who may read, who may change.</summary>
public static class AppPolicies
{
    /// <summary>Corrections, review decisions and uploads.</summary>
    public const string Reviewer = "reviewer";

    public static bool IsKnownRole(string role) => role is UserRoles.Reviewer or UserRoles.Viewer;
}

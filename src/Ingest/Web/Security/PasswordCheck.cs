using Microsoft.AspNetCore.Identity;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.Security;

/// <summary>Hashes and verifies passwords with ASP.NET Core Identity's PasswordHasher (PBKDF2, salted, versioned format).</summary>
public static class PasswordCheck
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string userName, string password) => Hasher.HashPassword(userName, password);

    public static bool Verify(UserAccount account, string password) =>
        Hasher.VerifyHashedPassword(account.Name, account.PasswordHash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}

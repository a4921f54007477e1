using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Ingest.Web.Security;
using ThiDua.Store;

namespace ThiDua.Web.Tests.Infrastructure;

/// <summary>Accounts as <c>thidua user add</c> makes them, and signing in through the login form like a browser.</summary>
public static partial class Accounts
{
    public const string Password = "mat-khau-thu-nghiem";

    public static Task AddAsync(IReportStore store, string name, string role) =>
        store.AddUserAsync(name, PasswordCheck.Hash(name, Password), role);

    /// <summary>Signs in with the login form (its antiforgery token included); returns the status of the form post.</summary>
    public static async Task<HttpStatusCode> SignInAsync(HttpClient client, string name, string password = Password)
    {
        var form = await client.GetStringAsync("/login");
        using var post = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken(form),
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/documents",
        }));
        return post.StatusCode;
    }

    public static string FormToken(string html) => TokenField().Match(html).Groups[1].Value;

    public static string MetaToken(string html) => MetaTokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex MetaTokenPattern();
}

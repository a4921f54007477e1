using System.Net;

namespace ThiDua.Ingest.Web.Security;

/// <summary>Tells whether every address in a <c>--urls</c> list is a loopback one (localhost, 127.0.0.0/8, [::1]).</summary>
public static class LoopbackAddress
{
    public static bool AllLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (http://*:5000, http://+:5000) are not valid URIs: they bind every interface.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid").Replace("://+", "://wildcard.invalid"), UriKind.Absolute, out var uri)) return false;
        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ThiDua.Ingest.Web.Pages;

/// <summary>The stylesheet and the script, embedded in the executable (no CDN, no build step).</summary>
public static class AssetEndpoints
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Assets = Load();

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name, HttpResponse response) =>
            {
                if (!Assets.TryGetValue(name, out var asset)) return Results.NotFound();
                response.Headers.CacheControl = "no-cache";
                return Results.Bytes(asset.Bytes, asset.ContentType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "ThiDua.Ingest.Web.Assets.";
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource[prefix.Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            assets[name] = (memory.ToArray(), type);
        }

        return assets;
    }
}

using System.Reflection;
using System.Security.Cryptography;

namespace ThiDua.Extractors.Pipeline;

/// <summary>
/// What produced an extraction: the code (the Extractors assembly's informational version, which carries the commit) and
/// the rules it ran with (SHA-256 over every embedded data resource: vocabularies, award catalog, rule tables). A changed
/// rule or vocabulary file gives a new <see cref="Key"/>, so the store keeps the result as a new extraction version.
/// </summary>
public sealed record PipelineVersion(string Code, string RulesHash)
{
    private static readonly Lazy<PipelineVersion> CurrentVersion = new(() => Of(typeof(PipelineVersion).Assembly));

    /// <summary>The version of the pipeline this process runs.</summary>
    public static PipelineVersion Current => CurrentVersion.Value;

    /// <summary>The identity the store keys extractions by: code version and the first 16 hex digits of the rules hash.</summary>
    public string Key => $"{Code}/rules-{RulesHash[..16]}";

    public static PipelineVersion Of(Assembly assembly)
    {
        var code = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0";
        return new PipelineVersion(code, RulesHashOf(assembly));
    }

    /// <summary>Each resource's name and bytes, in ordinal name order, hashed together (a renamed file is a change too).</summary>
    public static string RulesHashOf(Assembly assembly)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes.GetBuffer(), 0, (int)bytes.Length);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

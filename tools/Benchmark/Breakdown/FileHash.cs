using System.Security.Cryptography;

namespace ThiDua.Benchmark.Breakdown;

/// <summary>The SHA-256 the pipeline writes to source.sha256, computed the same way.</summary>
public static class FileHash
{
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

namespace ThiDua.Ingest.Web;

/// <summary>
/// How <c>thidua serve</c> runs: where it listens, whether a login is required (always off the loopback address, or when
/// asked with <c>--require-login</c>), where uploaded bytes and page images are kept, and the upload limits.
/// </summary>
public sealed record WebOptions(
    string Urls,
    string DataDirectory,
    bool RequireLogin = false,
    long MaxFileBytes = 50L * 1024 * 1024,
    int MaxFilesPerUpload = 100,
    long MaxRequestBytes = 512L * 1024 * 1024,
    int IngestParallelism = 1,
    int IngestTimeoutSeconds = 120)
{
    /// <summary>Login is required when asked, or when any address the server listens on is not a loopback one.</summary>
    public bool LoginRequired => RequireLogin || !Security.LoopbackAddress.AllLoopback(Urls);
}

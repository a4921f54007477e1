namespace ThiDua.Store;

/// <summary>
/// Reads a source file's bytes for keeping. A FIFO, socket or device reports length 0 and opening it could block until a
/// writer comes: such a file is kept as the empty file the pipeline read it as (its SHA-256 is the empty file's).
/// </summary>
internal static class SourceBytes
{
    public static bool IsEmpty(string path) => new FileInfo(path).Length == 0;

    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken) =>
        IsEmpty(path) ? [] : await File.ReadAllBytesAsync(path, cancellationToken);
}

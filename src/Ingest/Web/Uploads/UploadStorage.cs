using System.Security.Cryptography;

namespace ThiDua.Ingest.Web.Uploads;

/// <summary>
/// Saves uploaded bytes as <c>&lt;data&gt;/uploads/&lt;sha256&gt;</c>: the name a browser sends is only displayed, never
/// part of a path. A file over the size limit is cut off while it streams in and reported, not stored.
/// </summary>
public sealed class UploadStorage
{
    private readonly string _directory;
    private readonly long _maxFileBytes;

    public UploadStorage(WebOptions options)
    {
        _directory = Path.Combine(Path.GetFullPath(options.DataDirectory), "uploads");
        _maxFileBytes = options.MaxFileBytes;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>The stored file, or null when the stream is longer than the limit.</summary>
    public async Task<StoredUpload?> SaveAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var uploadId = Guid.NewGuid().ToString("n");
        var temp = Path.Combine(_directory, uploadId + ".part");
        string sha256;
        long length = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > _maxFileBytes) return null;
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = Path.Combine(_directory, sha256);
            File.Move(temp, target, overwrite: true); // same hash, same bytes: replacing is harmless
            return new StoredUpload(uploadId, fileName, sha256, target, length);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

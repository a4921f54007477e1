namespace ThiDua.Store.Sqlite;

/// <summary>
/// Source bytes content-addressed in a folder beside the database: <c>&lt;db&gt;.blobs/ab/abcdef...</c>. A blob is written
/// to a temporary name and renamed, so a killed run leaves at worst an unused temporary file, never a partial blob.
/// </summary>
internal sealed class BlobFolder(string root)
{
    public string Root { get; } = root;

    public void Keep(string sha256, string sourceFilePath)
    {
        var target = PathOf(sha256);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.Copy(sourceFilePath, temp, overwrite: true);
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(temp);
        }
    }

    public Stream? Open(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}

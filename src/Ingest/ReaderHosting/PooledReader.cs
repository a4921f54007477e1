using ThiDua.Extractors.Layout;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// Reads through a warm reader process instead of in this process, so that a hostile file that hangs, bloats or
/// crashes its reader costs only that process. Same format and extractor as the in-process reader it stands for (the
/// reader process builds the same one); each file has <paramref name="limit"/> of wall-clock time.
/// </summary>
internal sealed class PooledReader(IDocumentReader inner, ReaderPool pool, TimeSpan limit) : IDocumentReader
{
    public string Format => inner.Format;

    public string Extractor => inner.Extractor;

    public LayoutDocument Read(string path, CancellationToken cancellationToken) => pool.Read(inner.Format, Path.GetFullPath(path), limit, cancellationToken);
}

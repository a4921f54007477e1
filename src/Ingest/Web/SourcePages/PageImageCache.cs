using System.Collections.Concurrent;
using System.Diagnostics;
using ThiDua.Extractors.Readers;
using ThiDua.Store;

namespace ThiDua.Ingest.Web.SourcePages;

/// <summary>
/// PNG images of a stored PDF's pages, rendered by Poppler's <c>pdftoppm</c> from the stored bytes and cached on disk
/// under <c>&lt;data&gt;/pages/&lt;sha256&gt;/&lt;page&gt;.png</c> (the hash, never a file name, makes the path).
/// </summary>
public sealed class PageImageCache(IReportStore store, WebOptions options)
{
    private const int Resolution = 110;
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(30);
    private readonly string _directory = Path.Combine(Path.GetFullPath(options.DataDirectory), "pages");
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>The image's path, or null when the document, its source or the page does not exist or cannot be rendered.</summary>
    public async Task<string?> GetAsync(long documentId, int page, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(documentId, cancellationToken);
        if (document is null || page < 1 || document.Sha256.Any(c => !char.IsAsciiHexDigit(c))) return null;
        var folder = Path.Combine(_directory, document.Sha256);
        var image = Path.Combine(folder, page + ".png");
        if (File.Exists(image)) return image;

        var gate = _locks.GetOrAdd(document.Sha256, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(image)) return image;
            Directory.CreateDirectory(folder);
            var source = Path.Combine(folder, "source.pdf");
            if (!File.Exists(source) && !await CopySourceAsync(documentId, source, cancellationToken)) return null;
            return await RenderAsync(source, page, Path.Combine(folder, page.ToString()), cancellationToken) && File.Exists(image) ? image : null;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> CopySourceAsync(long documentId, string target, CancellationToken cancellationToken)
    {
        await using var bytes = await store.OpenSourceAsync(documentId, cancellationToken);
        if (bytes is null) return false;
        var temp = target + ".part";
        await using (var output = File.Create(temp)) await bytes.CopyToAsync(output, cancellationToken);
        File.Move(temp, target, overwrite: true);
        return true;
    }

    private static async Task<bool> RenderAsync(string source, int page, string outputPrefix, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", page.ToString(), "-l", page.ToString(), "-r", Resolution.ToString(), "-png", "-singlefile", source, outputPrefix })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null) return false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RenderTimeout);
        try
        {
            await Task.WhenAll(process.StandardError.ReadToEndAsync(timeout.Token), process.StandardOutput.ReadToEndAsync(timeout.Token), process.WaitForExitAsync(timeout.Token));
            return process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            ProcessTree.Kill(process);
            return false;
        }
    }
}

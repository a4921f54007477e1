using System.Globalization;
using System.Text;

namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// Runs Tesseract, ImageMagick and pdftoppm as bounded child processes (<see cref="BoundedProcess"/>). Tesseract runs
/// single-threaded (<c>OMP_THREAD_LIMIT=1</c>): pages are read in parallel instead, one process per core.
/// </summary>
internal sealed class TesseractRunner(TesseractOptions options, string tesseractPath)
{
    public TesseractOptions Options => options;

    /// <summary>Tesseract on an image; its standard output (hOCR, TSV or the OSD report) as bytes.</summary>
    public byte[] Tesseract(IEnumerable<string> arguments, CancellationToken cancellationToken, bool allowFailure = false)
    {
        var outcome = Run("env", ["OMP_THREAD_LIMIT=1", tesseractPath, .. arguments], cancellationToken, out var output);
        if (outcome.ExitCode != 0 && !allowFailure) throw OcrErrors.Failed("tesseract: " + FirstLine(outcome.StdErr, outcome.ExitCode));
        return output;
    }

    public void Convert(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var outcome = Run(options.ConvertExecutable, arguments, cancellationToken, out _);
        if (outcome.ExitCode != 0) throw OcrErrors.Failed("convert: " + FirstLine(outcome.StdErr, outcome.ExitCode));
    }

    /// <summary>Page <paramref name="page"/> of a PDF as a colour PPM (or a grey PGM) at the configured resolution.</summary>
    public void Rasterize(string pdf, int page, string outputWithoutExtension, bool colour, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        List<string> args = ["-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", pdf, outputWithoutExtension];
        if (!colour) args.Insert(0, "-gray");
        var outcome = Run(options.RasterizerExecutable, args, cancellationToken, out _);
        if (outcome.ExitCode != 0) throw OcrErrors.Failed("pdftoppm: " + FirstLine(outcome.StdErr, outcome.ExitCode));
    }

    private ProcessOutcome Run(string program, IEnumerable<string> arguments, CancellationToken cancellationToken, out byte[] output)
    {
        using var buffer = new MemoryStream();
        var outcome = BoundedProcess.Run(program, arguments, options.Limits, stream => stream.CopyTo(buffer), cancellationToken);
        if (outcome.TimedOut) throw OcrErrors.Timeout(options.Limits.Timeout);
        output = buffer.ToArray();
        return outcome;
    }

    private static string FirstLine(string stderr, int exitCode)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Warning", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("Estimating", StringComparison.Ordinal));
        return (line ?? "exit code " + exitCode.ToString(CultureInfo.InvariantCulture)).Trim();
    }

    internal static string Text(byte[] output) => Encoding.UTF8.GetString(output);
}

using System.Globalization;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>Runs <c>pdfinfo</c> and maps its failures: a password error to <c>encrypted</c>, any other to <c>corrupt_file</c>.</summary>
public static class PdfInfoProbe
{
    public static (PdfInfo Info, TimeSpan Elapsed) Probe(string path, PdfEngineOptions options, CancellationToken cancellationToken)
    {
        var pages = -1;
        var encrypted = false;
        var outcome = BoundedProcess.Run("pdfinfo", [path], options.Limits, stream =>
        {
            using var reader = new StreamReader(stream, leaveOpen: true);
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith("Pages:", StringComparison.Ordinal)
                    && int.TryParse(line.AsSpan(6).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    pages = n;
                }
                else if (line.StartsWith("Encrypted:", StringComparison.Ordinal))
                {
                    encrypted = line.AsSpan(10).Trim().StartsWith("yes", StringComparison.OrdinalIgnoreCase);
                }
            }
        }, cancellationToken);

        if (outcome.TimedOut) throw PdfErrors.Timeout(options.Timeout);
        if (outcome.StdErr.Contains("password", StringComparison.OrdinalIgnoreCase)) throw PdfErrors.Encrypted();
        if (outcome.ExitCode != 0 || pages < 0) throw PdfErrors.Corrupt(FirstLine(outcome.StdErr, outcome.ExitCode));
        return (new PdfInfo(pages, encrypted), outcome.Elapsed);
    }

    internal static string FirstLine(string stderr, int exitCode)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return line is null ? "exit " + exitCode.ToString(CultureInfo.InvariantCulture) : line.Length > 160 ? line[..160] : line;
    }
}

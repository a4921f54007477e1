using System.Globalization;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>
/// How much of each page its images cover, from Poppler's <c>pdfimages -list</c> (pixel size and resolution of every
/// image drawn): a scanned page is one image over the whole page. Null when the list cannot be had. Only the pages
/// <paramref name="firstPage"/> to <paramref name="lastPage"/> are listed: Poppler then parses no other page's content
/// (on a 23-page report with one stamp-like last page, a few milliseconds instead of a whole pass over the file).
/// </summary>
internal static class PdfImageCoverage
{
    public static Dictionary<int, double>? Measure(string path, int firstPage, int lastPage, IReadOnlyDictionary<int, (double Width, double Height)> pageSizes, ProcessLimits limits, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        ProcessOutcome outcome;
        try
        {
            outcome = BoundedProcess.Run("pdfimages", ["-list", "-f", Page(firstPage), "-l", Page(lastPage), Path.GetFullPath(path)], limits, s => s.CopyTo(output), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (outcome.TimedOut || outcome.ExitCode != 0) return null;
        var coverage = new Dictionary<int, double>();
        foreach (var line in System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n').Skip(2))
        {
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 14 || f[2] != "image") continue;
            if (!int.TryParse(f[0], CultureInfo.InvariantCulture, out var page) || !pageSizes.TryGetValue(page, out var size)) continue;
            if (!double.TryParse(f[3], CultureInfo.InvariantCulture, out var width) || !double.TryParse(f[4], CultureInfo.InvariantCulture, out var height)) continue;
            if (!double.TryParse(f[12], CultureInfo.InvariantCulture, out var xppi) || !double.TryParse(f[13], CultureInfo.InvariantCulture, out var yppi) || xppi <= 0 || yppi <= 0) continue;
            var area = width / xppi * 72 * (height / yppi * 72);
            coverage[page] = Math.Min(1, coverage.GetValueOrDefault(page) + area / Math.Max(1, size.Width * size.Height));
        }

        return coverage;
    }

    private static string Page(int number) => number.ToString(CultureInfo.InvariantCulture);
}

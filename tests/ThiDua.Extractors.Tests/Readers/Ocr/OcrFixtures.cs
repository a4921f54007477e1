using System.Diagnostics;
using System.Globalization;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>Scanned pages for the OCR tests, made at test time from the corpus' scans with Poppler and ImageMagick.</summary>
internal static class OcrFixtures
{
    public static string ScanPdf(string name) => Path.Combine(TestPaths.Corpus, "scan", name);

    /// <summary>One page of a scanned corpus PDF as an image file (png, jpeg or tiff) at its 200 dpi.</summary>
    public static string PageImage(string directory, string scan, int page, string format)
    {
        var stem = Path.Combine(directory, $"page{page}");
        Run("pdftoppm", "-r", "200", "-gray", "-png", "-f", Str(page), "-l", Str(page), "-singlefile", ScanPdf(scan), stem);
        if (format == "png") return stem + ".png";
        var target = stem + "." + format;
        Run("convert", stem + ".png", target);
        return target;
    }

    /// <summary>The text layer of a page of a text PDF (pdftotext -layout), the reference of its scan.</summary>
    public static string SourceText(string pdf, int page) => Run("pdftotext", "-layout", "-enc", "UTF-8", "-f", Str(page), "-l", Str(page), pdf, "-");

    public static string Run(string program, params string[] arguments)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {error}");
        return output;
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}

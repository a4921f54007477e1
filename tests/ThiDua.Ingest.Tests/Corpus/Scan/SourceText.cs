using System.Diagnostics;
using System.Globalization;

namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>A page of a text PDF as Poppler's <c>pdftotext -layout</c> reads it: the reference a scan of that page is
/// measured against (lines left to right, top to bottom, as the OCR lines are).</summary>
public static class SourceText
{
    public static string Page(string pdf, int page)
    {
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-layout", "-enc", "UTF-8", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Replace('\f', ' ');
    }
}

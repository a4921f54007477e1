using System.Globalization;
using System.Xml;
using ThiDua.Extractors.Readers.Pdf.Engine;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>
/// Poppler adapter: <c>pdfinfo</c> for page count and encryption, then <c>pdftohtml -xml</c> streamed through an
/// XmlReader. Both run as bounded child processes (timeout, memory limit).
/// </summary>
public sealed partial class PopplerTextEngine(PdfEngineOptions options) : IPdfTextEngine
{
    private const double Zoom = 2;

    public PopplerTextEngine()
        : this(PdfEngineOptions.Default)
    {
    }

    private static readonly Lazy<string> Version = new(ReadVersion);

    public string Name => "poppler-pdftohtml " + Version.Value;

    public PdfEngineResult Extract(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var (info, infoTime) = PdfInfoProbe.Probe(full, options, cancellationToken);
        if (info.Pages == 0) throw PdfErrors.NoPages();

        List<PdfPageText> pages = [];
        string[] args =
        [
            "-xml", "-i", "-hidden", "-nodrm", "-fontfullname", "-stdout",
            "-zoom", Zoom.ToString(CultureInfo.InvariantCulture), full,
        ];
        var parser = new PopplerXmlParser(Zoom);
        XmlException? xmlError = null;
        var outcome = BoundedProcess.Run("pdftohtml", args, options.Limits, stream =>
        {
            try
            {
                pages = parser.Parse(stream);
            }
            catch (XmlException e)
            {
                xmlError = e;
            }
        }, cancellationToken);

        if (outcome.TimedOut) throw PdfErrors.Timeout(options.Timeout);
        if (outcome.StdErr.Contains("password", StringComparison.OrdinalIgnoreCase)) throw PdfErrors.Encrypted();
        if (pages.Count == 0)
        {
            throw xmlError is not null
                ? PdfErrors.Corrupt("pdftohtml: " + xmlError.Message, xmlError)
                : PdfErrors.Corrupt("pdftohtml: " + PdfInfoProbe.FirstLine(outcome.StdErr, outcome.ExitCode));
        }

        return new PdfEngineResult(pages, Math.Max(info.Pages, pages.Count), infoTime + outcome.Elapsed);
    }

    /// <summary>The Poppler version <c>pdftohtml -v</c> prints (on standard error), or "unknown".</summary>
    private static string ReadVersion()
    {
        try
        {
            var outcome = BoundedProcess.Run("pdftohtml", ["-v"], new ProcessLimits(TimeSpan.FromSeconds(10), 256L << 20), s => s.CopyTo(Stream.Null), CancellationToken.None);
            var m = VersionNumber().Match(outcome.StdErr);
            return m.Success ? m.Value : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+\.\d+(\.\d+)?")]
    private static partial System.Text.RegularExpressions.Regex VersionNumber();

    /// <summary>Ruling lines from <c>pdftocairo -svg</c>; on any failure none (tables then come from text alignment).</summary>
    public PdfRulesResult ExtractRules(string path, int firstPage, int lastPage, CancellationToken cancellationToken)
    {
        var parser = new SvgRuleParser(firstPage);
        Dictionary<int, IReadOnlyList<PdfRule>> rules = [];
        string[] args =
        [
            "-svg", "-f", firstPage.ToString(CultureInfo.InvariantCulture), "-l", lastPage.ToString(CultureInfo.InvariantCulture),
            Path.GetFullPath(path), "-",
        ];
        var outcome = BoundedProcess.Run("pdftocairo", args, options.Limits, stream =>
        {
            try
            {
                rules = parser.Parse(stream);
            }
            catch (XmlException)
            {
                rules = [];
            }
        }, cancellationToken);
        return outcome.TimedOut ? PdfRulesResult.None with { EngineTime = outcome.Elapsed } : new PdfRulesResult(rules, outcome.Elapsed);
    }
}

using ThiDua.Extractors.Readers.Pdf.PdfPig;
using ThiDua.Extractors.Readers.Pdf.Poppler;

namespace ThiDua.Extractors.Readers.Pdf.Engine;

/// <summary>
/// The PDF engines by name. The default was chosen by measurement (README, "PDF engines"); the environment variable
/// <c>THIDUA_PDF_ENGINE</c> (<c>pdfpig</c> or <c>poppler</c>) overrides it.
/// </summary>
public static class PdfEngines
{
    public const string Variable = "THIDUA_PDF_ENGINE";

    public const string PdfPigName = "pdfpig";

    public const string PopplerName = "poppler";

    public const string DefaultName = PdfPigName;

    public static IReadOnlyList<string> Names { get; } = [PdfPigName, PopplerName];

    public static IPdfTextEngine FromEnvironment() => Create(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The engine of that name (case-insensitive); null or empty gives the default; an unknown name throws.</summary>
    public static IPdfTextEngine Create(string? name) => (string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim().ToLowerInvariant()) switch
    {
        PdfPigName => new PdfPigTextEngine(),
        PopplerName => new PopplerTextEngine(),
        var other => throw new ArgumentException($"{Variable}: unknown PDF engine '{other}' (pdfpig, poppler)", nameof(name)),
    };
}

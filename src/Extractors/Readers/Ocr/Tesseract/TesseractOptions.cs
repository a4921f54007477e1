namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// How scans are read with Tesseract: the programs (Tesseract, ImageMagick's <c>convert</c> for rotation and deskew,
/// Poppler's <c>pdftoppm</c>), the language data, the resolution PDF pages are rendered at, the limits of each child
/// process and how many pages are read at once (one single-threaded Tesseract per core). <see cref="InkDropout"/> renders
/// pages in colour and drops coloured ink (seals, blue signatures) before OCR; it is opt-in
/// (<c>THIDUA_OCR_INK_DROPOUT=on</c>) because on the one real colour scan we hold it reads the signer's name under the seal
/// but breaks the body's paragraphs and the recipients, for a reason not yet found.
/// </summary>
public sealed record TesseractOptions(
    string Executable,
    string Language,
    int Dpi,
    ProcessLimits Limits,
    int Parallelism,
    string ConvertExecutable = "convert",
    string RasterizerExecutable = "pdftoppm",
    bool InkDropout = false)
{
    public const string InkDropoutVariable = "THIDUA_OCR_INK_DROPOUT";

    public static TesseractOptions Default =>
        new("tesseract", "vie", 300, new ProcessLimits(TimeSpan.FromSeconds(120), 2L << 30), Math.Max(1, Environment.ProcessorCount),
            InkDropout: string.Equals(Environment.GetEnvironmentVariable(InkDropoutVariable), "on", StringComparison.OrdinalIgnoreCase));
}

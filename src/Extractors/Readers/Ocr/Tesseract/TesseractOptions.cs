namespace ThiDua.Extractors.Readers.Ocr.Tesseract;

/// <summary>
/// How scans are read with Tesseract: the programs (Tesseract, ImageMagick's <c>convert</c> for rotation and deskew,
/// Poppler's <c>pdftoppm</c>), the language data, the resolution PDF pages are rendered at, the limits of each child
/// process and how many pages are read at once (one single-threaded Tesseract per core).
/// </summary>
public sealed record TesseractOptions(
    string Executable,
    string Language,
    int Dpi,
    ProcessLimits Limits,
    int Parallelism,
    string ConvertExecutable = "convert",
    string RasterizerExecutable = "pdftoppm")
{
    public static TesseractOptions Default { get; } =
        new("tesseract", "vie", 300, new ProcessLimits(TimeSpan.FromSeconds(120), 2L << 30), Math.Max(1, Environment.ProcessorCount));
}

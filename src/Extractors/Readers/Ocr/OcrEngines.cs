using ThiDua.Extractors.Readers.Ocr.Azure;
using ThiDua.Extractors.Readers.Ocr.Tesseract;

namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>The OCR engine scans go to: Azure Document Intelligence when it is configured (never by default), else
/// Tesseract.</summary>
public static class OcrEngines
{
    public static IOcrEngine CreateDefault() =>
        AzureLayoutSettings.FromEnvironment() is { } azure ? new AzureLayoutEngine(azure) : new TesseractEngine();
}

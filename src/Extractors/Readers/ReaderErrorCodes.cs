namespace ThiDua.Extractors.Readers;

/// <summary>The stable error codes of error records (<c>&lt;name&gt;.error.json</c>).</summary>
public static class ReaderErrorCodes
{
    public const string EmptyFile = "empty_file";
    public const string UnsupportedFormat = "unsupported_format";
    public const string CorruptFile = "corrupt_file";
    public const string Encrypted = "encrypted";
    public const string TooLarge = "too_large";
    public const string Timeout = "timeout";
    public const string NoTextLayer = "no_text_layer";
    public const string ConverterMissing = "converter_missing";
    public const string ConversionFailed = "conversion_failed";
    public const string InternalError = "internal_error";
    public const string OcrUnavailable = "ocr_unavailable";
}

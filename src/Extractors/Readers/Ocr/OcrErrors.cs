namespace ThiDua.Extractors.Readers.Ocr;

/// <summary>The OCR route's file-level errors, Vietnamese then English.</summary>
public static class OcrErrors
{
    /// <summary>A scan that no OCR engine can read: says what to install or configure, and why the engine is unusable.</summary>
    public static ReaderException Unavailable(string cause) =>
        new(ReaderErrorCodes.OcrUnavailable,
            "Tệp là bản quét (ảnh, không có lớp văn bản) nên cần nhận dạng chữ (OCR), nhưng máy chưa có công cụ OCR: cài Tesseract với dữ liệu tiếng Việt "
            + "(apt-get install tesseract-ocr tesseract-ocr-vie) hoặc cấu hình Azure Document Intelligence (THIDUA_AZURE_DI_ENDPOINT, THIDUA_AZURE_DI_KEY) ("
            + cause + ") / The file is a scan (images, no text layer) and needs OCR, which is not available: install Tesseract with the Vietnamese data "
            + "(apt-get install tesseract-ocr tesseract-ocr-vie) or configure Azure Document Intelligence (THIDUA_AZURE_DI_ENDPOINT, THIDUA_AZURE_DI_KEY) ("
            + cause + ")");

    public static ReaderException Failed(string cause, Exception? inner = null) =>
        new(ReaderErrorCodes.ConversionFailed, "Nhận dạng chữ (OCR) thất bại (" + cause + ") / OCR failed (" + cause + ")", inner);

    public static ReaderException Timeout(TimeSpan limit) =>
        new(ReaderErrorCodes.Timeout, $"Nhận dạng chữ (OCR) một trang quá {limit.TotalSeconds:0} giây / OCR of a page exceeded {limit.TotalSeconds:0} s");
}

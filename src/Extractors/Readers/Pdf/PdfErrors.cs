namespace ThiDua.Extractors.Readers.Pdf;

/// <summary>The reader's file-level errors, Vietnamese then English, naming the cause.</summary>
public static class PdfErrors
{
    public static ReaderException Encrypted() =>
        new("encrypted", "Tệp PDF được bảo vệ bằng mật khẩu / The PDF is encrypted with a password");

    public static ReaderException Corrupt(string cause, Exception? inner = null) =>
        new("corrupt_file", "Tệp PDF bị hỏng hoặc không đọc được (" + cause + ") / The PDF is corrupt or unreadable (" + cause + ")", inner);

    public static ReaderException NoPages() =>
        new("corrupt_file", "Tệp PDF không có trang nào / The PDF has no pages");

    public static ReaderException Timeout(TimeSpan limit) =>
        new("timeout", $"Đọc tệp PDF quá thời gian {limit.TotalSeconds:0} giây / Reading the PDF exceeded {limit.TotalSeconds:0} s");

    public static ReaderException NoTextLayer() =>
        new("no_text_layer", "Tệp PDF không có lớp văn bản, cần nhận dạng OCR / The PDF has no text layer; it needs OCR");

    public static ReaderException TooLarge(long bytes, long limit) =>
        new("too_large", $"Tệp PDF quá lớn ({bytes} byte, tối đa {limit}) / The PDF is too large ({bytes} bytes, limit {limit})");

    public static ReaderException NotFound(string path) =>
        new("corrupt_file", "Không tìm thấy tệp PDF / The PDF file was not found: " + Path.GetFileName(path));
}

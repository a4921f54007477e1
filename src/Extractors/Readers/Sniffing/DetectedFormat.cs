namespace ThiDua.Extractors.Readers.Sniffing;

/// <summary>What the bytes of a file say it is. Unsupported formats carry a Vietnamese-and-English description.</summary>
public sealed record DetectedFormat(string Code, bool Supported, string Description)
{
    public static DetectedFormat Docx { get; } = new("docx", true, "Word (.docx)");
    public static DetectedFormat Doc { get; } = new("doc", true, "Word 97-2003 (.doc)");
    public static DetectedFormat Pdf { get; } = new("pdf", true, "PDF");
    public static DetectedFormat Rtf { get; } = new("rtf", true, "RTF");
    public static DetectedFormat Odt { get; } = new("odt", true, "OpenDocument (.odt)");
    public static DetectedFormat Image { get; } = new("image", true, "ảnh quét (PNG, JPEG, TIFF) / a scanned image (PNG, JPEG, TIFF)");
    public static DetectedFormat Empty { get; } = new("empty", false, "tệp rỗng / empty file");
    public static DetectedFormat CorruptZip { get; } = new("corrupt_zip", false, "tệp nén bị hỏng / a corrupt zip archive");

    /// <summary>Plain text or data (notes, Markdown, JSON, source files): in a folder walk it is skipped, not failed.</summary>
    public static DetectedFormat PlainText { get; } = new("text", false, "văn bản thuần hoặc dữ liệu, không phải báo cáo / plain text or data, not a report");

    /// <summary>The Vietnamese half of <see cref="Description"/> (the text before <c>" / "</c>, or all of it).</summary>
    public string Vietnamese => Description.Split(" / ", 2)[0];

    /// <summary>The English half of <see cref="Description"/> (the text after <c>" / "</c>, or all of it).</summary>
    public string English => Description.Split(" / ", 2)[^1];

    public static DetectedFormat Unsupported(string code, string description) => new(code, false, description);
}

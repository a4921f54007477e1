namespace ThiDua.Extractors.Readers.Office;

/// <summary>The conversion's file-level errors, Vietnamese then English, naming the cause.</summary>
public static class OfficeErrors
{
    public static ReaderException Missing() => new(
        ReaderErrorCodes.ConverterMissing,
        "Chưa cài LibreOffice nên không đọc được tệp Word cũ (.doc) / LibreOffice is not installed, so legacy Word (.doc) files cannot be read; run scripts/setup.sh.");

    public static ReaderException Encrypted() => new(
        ReaderErrorCodes.Encrypted,
        "Tệp Word được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi gửi lại / The Word file is protected with a password; remove the password and send it again.");

    public static ReaderException Timeout(TimeSpan limit) => new(
        ReaderErrorCodes.Timeout,
        $"LibreOffice chạy quá {limit.TotalSeconds:0} giây và đã bị dừng / LibreOffice ran longer than {limit.TotalSeconds:0} s and was stopped.");

    public static ReaderException Failed(string detail) => new(
        ReaderErrorCodes.ConversionFailed,
        $"LibreOffice không chuyển được tệp sang .docx (tệp hỏng hoặc không phải văn bản) / LibreOffice could not convert the file to .docx (corrupt or not a text document): {detail}");

    public static ReaderException Crashed(string detail) => new(
        ReaderErrorCodes.ConversionFailed,
        $"LibreOffice dừng đột ngột khi chuyển tệp này (tệp hỏng?) / LibreOffice stopped while converting this file (corrupt file?): {detail}");
}

using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>The errors of a file whose reader process broke a limit or died, Vietnamese then English.</summary>
internal static class ReaderProcessErrors
{
    public static ReaderException Timeout(TimeSpan limit) => new(
        ReaderErrorCodes.Timeout,
        $"Đọc tệp quá {limit.TotalSeconds:0} giây, tiến trình đọc đã bị dừng / Reading the file took longer than {limit.TotalSeconds:0} s; the reader process was stopped.");

    public static ReaderException TooLarge(long residentBytes, long limitBytes) => new(
        ReaderErrorCodes.TooLarge,
        $"Đọc tệp cần quá nhiều bộ nhớ ({residentBytes >> 20} MiB, tối đa {limitBytes >> 20} MiB), tiến trình đọc đã bị dừng / Reading the file needed too much memory ({residentBytes >> 20} MiB, limit {limitBytes >> 20} MiB); the reader process was stopped.");

    public static ReaderResponse OutOfMemory() => new(
        null,
        ReaderErrorCodes.TooLarge,
        "Đọc tệp cần quá nhiều bộ nhớ (vượt giới hạn của tiến trình đọc) / Reading the file needed more memory than the reader process may use.",
        Retire: true);

    public static ReaderException Died(int exitCode, string stdErr) => new(
        ReaderErrorCodes.CorruptFile,
        $"Tiến trình đọc dừng đột ngột khi đọc tệp này (mã thoát {exitCode}); tệp có thể bị hỏng hoặc được tạo để gây lỗi / The reader process stopped unexpectedly while reading this file (exit code {exitCode}); the file may be damaged or built to break readers.{Detail(stdErr)}");

    public static ReaderException NotStarted(string cause) => new(
        ReaderErrorCodes.InternalError,
        $"Không khởi động được tiến trình đọc / The reader process could not be started: {cause}");

    private static string Detail(string stdErr)
    {
        var line = stdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line is null ? string.Empty : " " + line;
    }
}

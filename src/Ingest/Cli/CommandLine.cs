using System.CommandLine;

namespace ThiDua.Ingest.Cli;

/// <summary>The <c>thidua</c> command line of spec/CLI.md. Exit codes: 0 all succeeded, 1 a file failed, 2 usage error.</summary>
public static class CommandLine
{
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("ThiDua.Ingest: trích xuất dữ liệu từ báo cáo thi đua, khen thưởng / extracts checked data from emulation and commendation reports")
        {
            IngestCommand.Create(),
            ReaderHosting.ReaderHostCommand.Create(),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors) Console.Error.WriteLine($"Lỗi cú pháp lệnh / Usage error: {error.Message}");
            Console.Error.WriteLine("Xem / See: thidua --help");
            return UsageError;
        }

        return parseResult.Invoke();
    }
}

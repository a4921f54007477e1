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
            WorkerCommand.Create(),
            DiffCommand.Create(),
            ExportCommand.Create(),
            ServeCommand.Create(),
            UserCommand.Create(),
            ReaderHosting.ReaderHostCommand.Create(),
        };

        var parseResult = root.Parse(args);
        var errors = parseResult.Errors.Select(UsageErrors.Describe).Concat(UsageErrors.UnknownOptions(parseResult)).Distinct().ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors) Console.Error.WriteLine($"Lỗi cú pháp lệnh / Usage error: {error}");
            Console.Error.WriteLine("Xem / See: thidua --help");
            return UsageError;
        }

        // no forced exit on SIGTERM or Ctrl+C: the token is cancelled and each command stops cleanly (a worker after the file in hand)
        return parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).GetAwaiter().GetResult();
    }
}

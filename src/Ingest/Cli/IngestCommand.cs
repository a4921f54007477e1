using System.CommandLine;
using System.Globalization;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua ingest &lt;file or folder&gt;... [--out &lt;dir&gt;] [--store ...] [--timeout s] [--enqueue]</c>.</summary>
public static class IngestCommand
{
    public const int MaxTimeoutSeconds = 24 * 3600;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Tệp hoặc thư mục (đọc đệ quy) / files or folders (read recursively)",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Thư mục ghi kết quả JSON (tùy chọn khi có kho) / folder for the JSON results (optional with a store)",
        };
        var store = StoreOption.Create();
        var timeout = new Option<int>("--timeout")
        {
            DefaultValueFactory = _ => 120,
            CustomParser = ParseTimeout,
            Description = "Giới hạn thời gian cho mỗi tệp, giây / time limit per file, seconds",
        };
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Chỉ xếp hàng cho các worker (kho PostgreSQL) / only queue the files for workers (PostgreSQL store)",
        };

        var command = new Command("ingest", "Trích xuất các báo cáo / ingest reports") { inputs, output, store, timeout, enqueue };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new IngestOptions(
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(output),
                parseResult.GetValue(store),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                parseResult.GetValue(enqueue));
            IProgressDisplay display = Console.IsErrorRedirected
                ? new PlainProgress(Console.Out, Console.Error)
                : new LiveProgress(Console.IsOutputRedirected ? Console.Out : null);
            return new IngestRunner(options, Console.Out, Console.Error, display).RunAsync(cancellationToken);
        });
        return command;
    }

    private static int ParseTimeout(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MaxTimeoutSeconds) return seconds;
        result.AddError($"Giá trị --timeout không hợp lệ: '{text}' (cần số giây nguyên từ 1 đến {MaxTimeoutSeconds}) / Invalid --timeout value '{text}' (a whole number of seconds from 1 to {MaxTimeoutSeconds}).");
        return 0;
    }
}

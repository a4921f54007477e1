using System.CommandLine;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua ingest &lt;file or folder&gt;... --out &lt;dir&gt; [--store ...]</c>.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Tệp hoặc thư mục (đọc đệ quy) / files or folders (read recursively)",
        };
        var output = new Option<string>("--out")
        {
            Required = true,
            Description = "Thư mục ghi kết quả JSON / folder for the JSON results",
        };
        var store = new Option<string?>("--store")
        {
            Description = "Kho lưu kết quả (đường dẫn SQLite hoặc chuỗi kết nối) / the store to record into",
        };
        var timeout = new Option<int>("--timeout")
        {
            DefaultValueFactory = _ => 120,
            Description = "Giới hạn thời gian cho mỗi tệp, giây / time limit per file, seconds",
        };

        var command = new Command("ingest", "Trích xuất các báo cáo / ingest reports") { inputs, output, store, timeout };
        command.SetAction(parseResult => new IngestRunner(
            parseResult.GetValue(output)!,
            parseResult.GetValue(store),
            TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))),
            Console.Error).Run(parseResult.GetValue(inputs) ?? []));
        return command;
    }
}

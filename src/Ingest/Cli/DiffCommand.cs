using System.CommandLine;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua diff &lt;a.json&gt; &lt;b.json&gt;</c> or <c>thidua diff --store &lt;store&gt; &lt;document id&gt; [--from N] [--to M]</c>, <c>--json</c> for the machine form.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = new ArgumentArity(1, 2),
            Description = "Hai tệp JSON kết quả, hoặc mã tài liệu khi dùng --store / two report JSON files, or a document id with --store",
        };
        var store = new Option<string?>("--store") { Description = "Kho lưu (đường dẫn SQLite hoặc chuỗi kết nối PostgreSQL) / the store" };
        var from = new Option<int?>("--from") { Description = "Phiên bản cũ (mặc định: áp chót) / older version (default: the one before the latest)" };
        var to = new Option<int?>("--to") { Description = "Phiên bản mới (mặc định: mới nhất) / newer version (default: the latest)" };
        var json = new Option<bool>("--json") { Description = "Xuất dạng JSON theo docs/diff.schema.json / the machine form" };

        var command = new Command("diff", "So sánh hai kết quả trích xuất / compares two extractions") { inputs, store, from, to, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var args = parseResult.GetValue(inputs) ?? [];
            var storeValue = parseResult.GetValue(store);
            var runner = new DiffRunner(Console.Out, Console.Error, colour: !Console.IsOutputRedirected);
            var inStore = storeValue is not null || parseResult.GetResult(from) is not null || parseResult.GetResult(to) is not null;
            if (inStore && args.Length == 1) return runner.RunStoreAsync(storeValue, args[0], parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(json), cancellationToken);
            if (!inStore && args.Length == 2) return Task.FromResult(runner.RunFiles(args[0], args[1], parseResult.GetValue(json)));
            Console.Error.WriteLine("Lỗi cú pháp lệnh / Usage error: thidua diff <a.json> <b.json> | thidua diff --store <kho/store> <mã tài liệu/document id> [--from N] [--to M] [--json]");
            return Task.FromResult(CommandLine.UsageError);
        });
        return command;
    }
}

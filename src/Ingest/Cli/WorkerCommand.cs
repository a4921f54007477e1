using System.CommandLine;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua worker --store &lt;PostgreSQL&gt; [--lease s] [--max-attempts n] [--timeout s] [--exit-when-empty]</c>.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        store.Required = true;
        var lease = new Option<int>("--lease")
        {
            DefaultValueFactory = _ => 120,
            CustomParser = r => PositiveSeconds(r, "--lease"),
            Description = "Thời hạn giữ một việc, giây (gia hạn khi đang làm) / how long a job is held, seconds (renewed while working)",
        };
        var maxAttempts = new Option<int>("--max-attempts")
        {
            DefaultValueFactory = _ => 3,
            CustomParser = r => PositiveSeconds(r, "--max-attempts"),
            Description = "Số lần thử trước khi gác lại một tệp / attempts before a file is parked",
        };
        var timeout = new Option<int>("--timeout")
        {
            DefaultValueFactory = _ => 120,
            CustomParser = r => PositiveSeconds(r, "--timeout"),
            Description = "Giới hạn thời gian cho mỗi tệp, giây / time limit per file, seconds",
        };
        var exitWhenEmpty = new Option<bool>("--exit-when-empty")
        {
            Description = "Dừng khi hàng đợi hết việc / stop when the queue has no open job",
        };

        var command = new Command("worker", "Nhận và xử lý các tệp trong hàng đợi (PostgreSQL) / takes queued files and ingests them (PostgreSQL)")
        {
            store, lease, maxAttempts, timeout, exitWhenEmpty,
        };
        command.SetAction((parseResult, cancellationToken) => new WorkerRunner(
            parseResult.GetValue(store)!,
            TimeSpan.FromSeconds(parseResult.GetValue(lease)),
            parseResult.GetValue(maxAttempts),
            TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
            parseResult.GetValue(exitWhenEmpty),
            Console.Out,
            Console.Error).RunAsync(cancellationToken));
        return command;
    }

    private static int PositiveSeconds(System.CommandLine.Parsing.ArgumentResult result, string option)
    {
        var text = string.Join(' ', result.Tokens.Select(t => t.Value));
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is > 0 and <= IngestCommand.MaxTimeoutSeconds) return value;
        result.AddError($"Giá trị {option} không hợp lệ: '{text}' (cần số nguyên dương) / Invalid {option} value '{text}' (a positive whole number).");
        return 0;
    }
}

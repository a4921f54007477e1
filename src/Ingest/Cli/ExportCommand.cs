using System.CommandLine;
using ThiDua.Store;
using ThiDua.Store.Export;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua export --format csv|xlsx|json|jsonl|parquet|summary-xlsx --out &lt;path&gt; [--store ...] [--issuer --year --period --status]</c>.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Required = true,
            Description = "csv | xlsx | json | jsonl | parquet | summary-xlsx",
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.ByName.Keys]);
        var output = new Option<string>("--out")
        {
            Required = true,
            Description = "Tệp kết quả; thư mục cho csv và parquet (một tệp mỗi bảng) / output file; a folder for csv and parquet (one file per table)",
        };
        var store = new Option<string?>("--store") { Description = "Kho lưu (đường dẫn SQLite hoặc chuỗi kết nối PostgreSQL) / the store" };
        var issuer = new Option<string?>("--issuer") { Description = "Cơ quan ban hành (một phần tên) / issuer (part of the name)" };
        var year = new Option<int?>("--year") { Description = "Năm của văn bản hoặc kỳ báo cáo / year of the document or its period" };
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo / period: full_year, first_half, second_half, quarter_N, month_N" };
        var status = new Option<string?>("--status") { Description = "Trạng thái duyệt / review state: unreviewed, in_review, reviewed" };

        var command = new Command("export", "Xuất dữ liệu đã làm sạch / exports the cleaned dataset") { format, output, store, issuer, year, period, status };
        command.SetAction((parseResult, cancellationToken) => new ExportRunner(Console.Out, Console.Error).RunAsync(
            parseResult.GetValue(store),
            ExportFormats.ByName[parseResult.GetValue(format)!],
            parseResult.GetValue(output)!,
            new ExportFilter(parseResult.GetValue(issuer), parseResult.GetValue(year), parseResult.GetValue(period), parseResult.GetValue(status)),
            cancellationToken));
        return command;
    }
}

using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using ThiDua.Ingest.Web;
using ThiDua.Store;

namespace ThiDua.Ingest.Cli;

/// <summary><c>thidua serve --urls http://127.0.0.1:PORT [--store ...] [--require-login]</c>: the review web app.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
            Description = "Địa chỉ lắng nghe; ngoài 127.0.0.1/localhost thì bắt buộc đăng nhập / where to listen; any non-loopback address requires a login",
        };
        var store = new Option<string?>("--store") { Description = "Kho lưu (đường dẫn SQLite hoặc chuỗi kết nối) / the store" };
        var requireLogin = new Option<bool>("--require-login") { Description = "Bắt buộc đăng nhập cả trên 127.0.0.1 / require a login on loopback too" };
        var data = new Option<string>("--data")
        {
            DefaultValueFactory = _ => "thidua-web",
            Description = "Thư mục cho tệp tải lên và ảnh trang / folder for uploads and page images",
        };
        var maxFileMegabytes = new Option<int>("--max-file-mb")
        {
            DefaultValueFactory = _ => 50,
            Description = "Dung lượng tối đa mỗi tệp tải lên, MB / largest upload per file, MB",
        };

        var command = new Command("serve", "Chạy ứng dụng web duyệt báo cáo / run the review web app") { urls, store, requireLogin, data, maxFileMegabytes };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new WebOptions(
                parseResult.GetValue(urls)!,
                parseResult.GetValue(data)!,
                parseResult.GetValue(requireLogin),
                MaxFileBytes: Math.Max(1, parseResult.GetValue(maxFileMegabytes)) * 1024L * 1024);
            await using var reportStore = ReportStoreFactory.Open(parseResult.GetValue(store));
            var app = WebServer.Build(options, reportStore);
            Console.Error.WriteLine($"Kho lưu / Store: {reportStore.Description}");
            Console.Error.WriteLine(options.LoginRequired
                ? "Bắt buộc đăng nhập (tạo tài khoản: thidua user add) / Login required (create accounts with thidua user add)."
                : "Chỉ nghe trên máy này, không cần đăng nhập / Listening on this machine only, no login.");
            Console.Error.WriteLine($"Mở trình duyệt / Open: {options.Urls.Split(';')[0]}");
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text;
using ThiDua.Ingest.Web.Security;
using ThiDua.Store;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// <c>thidua user add &lt;name&gt; --role reviewer|viewer [--store ...]</c>: an account for the web app's login. The password
/// is read from standard input (first line) when it is redirected, otherwise asked for twice without echo.
/// </summary>
public static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Tên đăng nhập / user name" };
        var role = new Option<string>("--role") { Required = true, Description = "reviewer (người duyệt) hoặc/or viewer (người xem)" };
        role.AcceptOnlyFromAmong(UserRoles.Reviewer, UserRoles.Viewer);
        var store = new Option<string?>("--store") { Description = "Kho lưu / the store" };

        var add = new Command("add", "Thêm hoặc đổi tài khoản / add or update an account") { name, role, store };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var userName = parseResult.GetValue(name)!.Trim();
            if (userName.Length == 0)
            {
                Console.Error.WriteLine("Tên đăng nhập rỗng / The user name is empty.");
                return CommandLine.UsageError;
            }

            var password = ReadPassword();
            if (string.IsNullOrEmpty(password) || password.Length < 8)
            {
                Console.Error.WriteLine("Mật khẩu phải có ít nhất 8 ký tự / The password must have at least 8 characters.");
                return CommandLine.UsageError;
            }

            await using var reportStore = ReportStoreFactory.Open(parseResult.GetValue(store));
            await reportStore.AddUserAsync(userName, PasswordCheck.Hash(userName, password), parseResult.GetValue(role)!, cancellationToken);
            Console.Error.WriteLine($"Đã lưu tài khoản {userName} ({parseResult.GetValue(role)}) / Account saved in {reportStore.Description}.");
            return 0;
        });

        return new Command("user", "Tài khoản đăng nhập ứng dụng web / web app accounts") { add };
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        var first = Prompt("Mật khẩu / Password: ");
        var second = Prompt("Nhập lại / Again: ");
        if (first == second) return first;
        Console.Error.WriteLine("Hai lần nhập khác nhau / The two entries differ.");
        return null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
                continue;
            }

            if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}

using System.CommandLine;

namespace ThiDua.Ingest.Cli;

/// <summary>The <c>--store</c> option every command that reads or writes the store shares.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "Kho lưu: đường dẫn tệp SQLite (mặc định thidua-store.db trong thư mục làm việc) hoặc chuỗi kết nối PostgreSQL \"Host=...\" / " +
                      "the store: a SQLite file path (default thidua-store.db in the working folder) or a PostgreSQL connection string \"Host=...\"",
    };
}

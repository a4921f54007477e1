using ThiDua.Store;

namespace ThiDua.Ingest.Cli;

/// <summary>
/// Opens the store named by <c>--store</c> for a command that reads it (diff, export): a SQLite file must already exist,
/// so that a mistyped path is a usage error instead of a new empty store.
/// </summary>
internal static class StoreLocation
{
    public static bool TryOpen(string? store, TextWriter log, out IReportStore? opened)
    {
        opened = null;
        if (!ReportStoreFactory.IsConnectionString(store))
        {
            var path = string.IsNullOrWhiteSpace(store) ? Path.Combine(Directory.GetCurrentDirectory(), ReportStoreFactory.DefaultFileName) : store;
            if (!File.Exists(path))
            {
                log.WriteLine($"Không tìm thấy kho lưu / Store not found: {path}");
                return false;
            }
        }

        try
        {
            opened = ReportStoreFactory.Open(store);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.WriteLine($"Không mở được kho lưu / Cannot open the store {store}: {ex.Message}");
            return false;
        }
    }
}

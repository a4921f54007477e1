namespace ThiDua.Store.Export;

/// <summary>The formats of <c>thidua export --format</c>.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
    Json,
    Jsonl,
    Parquet,
    SummaryXlsx,
}

public static class ExportFormats
{
    public static IReadOnlyDictionary<string, ExportFormat> ByName { get; } = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = ExportFormat.Csv,
        ["xlsx"] = ExportFormat.Xlsx,
        ["json"] = ExportFormat.Json,
        ["jsonl"] = ExportFormat.Jsonl,
        ["parquet"] = ExportFormat.Parquet,
        ["summary-xlsx"] = ExportFormat.SummaryXlsx,
    };

    /// <summary>True when the format writes one file per table into a folder (CSV, Parquet); the others write one file.</summary>
    public static bool WritesFolder(this ExportFormat format) => format is ExportFormat.Csv or ExportFormat.Parquet;
}

using ThiDua.Store.Export.Writers;

namespace ThiDua.Store.Export;

/// <summary>
/// Exports the cleaned dataset: the latest extraction of each selected document with its corrections applied, in one
/// format. The web app can call <see cref="ReadAsync"/> and <see cref="WriteAsync"/> separately.
/// </summary>
public static class DatasetExporter
{
    public static async Task<ExportResult> ExportAsync(IReportStore store, ExportFilter filter, ExportFormat format, string output, CancellationToken cancellationToken = default)
    {
        var documents = await ReadAsync(store, filter, cancellationToken);
        var files = await WriteAsync(documents, format, output, cancellationToken);
        var corrected = documents.Where(d => d.Corrected is not null).ToList();
        return new ExportResult(
            documents.Count,
            files,
            corrected.Sum(d => d.Corrected!.AppliedCount),
            corrected.SelectMany(d => d.Corrected!.Rejected.Select(o => (d.Item.Document.Id, o))).ToList());
    }

    /// <summary>The selected documents in id order, corrections applied.</summary>
    public static async Task<IReadOnlyList<CleanedDocument>> ReadAsync(IReportStore store, ExportFilter filter, CancellationToken cancellationToken = default)
    {
        var documents = new List<CleanedDocument>();
        await foreach (var item in store.ReadForExportAsync(ExportSelection.ForStore(filter), cancellationToken))
        {
            var document = CleanedDocument.From(item);
            if (ExportSelection.Matches(filter, document)) documents.Add(document);
        }

        return documents.OrderBy(d => d.Item.Document.Id).ToList();
    }

    /// <summary>Writes the documents; <paramref name="output"/> is a folder for CSV and Parquet (one file per table), a file otherwise.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<CleanedDocument> documents, ExportFormat format, string output, CancellationToken cancellationToken = default)
    {
        if (format == ExportFormat.SummaryXlsx)
        {
            SummaryXlsxWriter.Write(documents, output);
            return [output];
        }

        var dataset = DatasetBuilder.Build(documents);
        switch (format)
        {
            case ExportFormat.Csv:
                return CsvExportWriter.Write(dataset, output);
            case ExportFormat.Parquet:
                return await ParquetExportWriter.WriteAsync(dataset, output, cancellationToken);
            case ExportFormat.Xlsx:
                XlsxExportWriter.Write(dataset, output);
                return [output];
            default:
                JsonExportWriter.Write(dataset, output, linePerDocument: format == ExportFormat.Jsonl);
                return [output];
        }
    }
}

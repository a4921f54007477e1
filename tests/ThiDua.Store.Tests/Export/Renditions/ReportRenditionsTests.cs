using ThiDua.Extractors.Model;
using ThiDua.Store.Export;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Export.Renditions;

/// <summary>
/// A report stored as its Word file and its PDF counts once in <c>summary-xlsx</c>, through the rendition a reviewer worked
/// on (else Word), and the documents table names, for every file, the document that counts for its report.
/// </summary>
public sealed class ReportRenditionsTests
{
    [Fact]
    public async Task Two_renditions_of_a_report_count_once_through_the_reviewed_one_and_the_documents_table_links_them()
    {
        using var scratch = new ScratchFolder();
        var storePath = scratch.File("store.db");
        long word, pdf, other;
        await using (var store = ReportStoreFactory.Open(storePath))
        {
            word = (await SaveAsync(store, Path.Combine(TestPaths.Corpus, "docx", "001.docx"))).DocumentId;
            pdf = (await SaveAsync(store, Path.Combine(TestPaths.Corpus, "pdf", "001.pdf"))).DocumentId;
            other = (await SaveAsync(store, Path.Combine(TestPaths.Corpus, "docx", "000.docx"))).DocumentId;
        }

        // Word counts while nobody reviewed; the PDF once it is reviewed.
        Assert.Equal([word, word, other], ReportIds(await ExportDocumentsAsync(storePath, scratch.File("before")), [word, pdf, other]));
        await using (var store = ReportStoreFactory.Open(storePath))
        {
            await store.SetReviewStateAsync(pdf, ReviewStates.Reviewed, "reviewer");
        }

        var documents = await ExportDocumentsAsync(storePath, scratch.File("after"));
        Assert.Equal([pdf, pdf, other], ReportIds(documents, [word, pdf, other]));

        var summary = scratch.File("summary.xlsx");
        await using (var store = ReportStoreFactory.Open(storePath))
        {
            await DatasetExporter.ExportAsync(store, new ExportFilter(), ExportFormat.SummaryXlsx, summary);
        }

        var rows = SummaryXlsxTests.ReadSheet(summary, "Tổng hợp");
        Assert.Contains("Tổng hợp từ 2 báo cáo", rows[1][0], StringComparison.Ordinal);
        var awarded = CorpusReports.Report(Path.Combine(TestPaths.Corpus, "pdf", "001.pdf")).Awards
            .Concat(CorpusReports.Report(Path.Combine(TestPaths.Corpus, "docx", "000.docx")).Awards)
            .Where(a => a.Status == Vocabulary.Statuses.Awarded).ToList();
        var total = rows.Single(r => r[1].StartsWith("TỔNG CỘNG", StringComparison.Ordinal));
        Assert.Equal(awarded.Where(a => a.Recipient == Vocabulary.Recipients.CaNhan).Sum(a => (long)a.Count), long.Parse(total[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { pdf, other }.Order(), SummaryXlsxTests.ReadSheet(summary, "Theo báo cáo").Skip(1).Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
    }

    private static Task<SavedExtraction> SaveAsync(IReportStore store, string path) =>
        store.SaveAsync(CorpusReports.ToIngested(CorpusReports.Ingest(path), "test-pipeline"));

    private static async Task<List<string[]>> ExportDocumentsAsync(string storePath, string folder)
    {
        await using var store = ReportStoreFactory.Open(storePath);
        await DatasetExporter.ExportAsync(store, new ExportFilter(), ExportFormat.Csv, folder);
        return CsvRows.Read(Path.Combine(folder, "documents.csv"));
    }

    private static long[] ReportIds(List<string[]> documents, long[] ids)
    {
        var header = documents[0].ToList();
        var byId = documents.Skip(1).ToDictionary(r => long.Parse(r[header.IndexOf("document_id")], System.Globalization.CultureInfo.InvariantCulture), r => r[header.IndexOf("report_id")]);
        return ids.Select(id => long.Parse(byId[id], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }
}

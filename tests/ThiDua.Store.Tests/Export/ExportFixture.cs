using ThiDua.Extractors.Model;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Export;

/// <summary>
/// A real SQLite store holding four corpus reports (000-003.docx), with review corrections on two of them (an issuer, an
/// award count, a date, a figure value, a dismissed flag) and one document marked reviewed.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public const string CorrectedIssuer = "UBND huyện Cao Lộc (đã hiệu chỉnh)";
    public const int CorrectedCount = 99;
    public const decimal CorrectedFigure = 12345.67m;

    public ScratchFolder Scratch { get; } = new();

    public string StorePath => Scratch.File("store.db");

    /// <summary>The reports by document id, as the pipeline extracted them (before corrections).</summary>
    public Dictionary<long, Report> Reports { get; } = [];

    public long CorrectedDocument { get; private set; }

    public long FlagDocument { get; private set; }

    public long ReviewedDocument { get; private set; }

    public string DismissedFlag { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var store = ReportStoreFactory.Open(StorePath);
        foreach (var name in new[] { "000.docx", "001.docx", "002.docx", "003.docx" })
        {
            var result = CorpusReports.Ingest(CorpusReports.Docx(name));
            var saved = await store.SaveAsync(CorpusReports.ToIngested(result, "test-pipeline"));
            Reports[saved.DocumentId] = result.Report!;
            if (name == "001.docx") CorrectedDocument = saved.DocumentId;
            if (name == "000.docx") FlagDocument = saved.DocumentId;
            if (name == "003.docx") ReviewedDocument = saved.DocumentId;
        }

        var corrected = Reports[CorrectedDocument];
        await store.AddCorrectionAsync(new NewCorrection(CorrectedDocument, 1, "document/issuer", corrected.Document.Issuer, CorrectedIssuer, null, "reviewer"));
        await store.AddCorrectionAsync(new NewCorrection(CorrectedDocument, 1, "awards/0/count", corrected.Awards[0].Count.ToString(), CorrectedCount.ToString(), "đếm lại", "reviewer"));
        await store.AddCorrectionAsync(new NewCorrection(CorrectedDocument, 1, "document/date", null, "2024-06-20", null, "reviewer"));
        DismissedFlag = Reports[FlagDocument].Flags[0].Id;
        await store.AddCorrectionAsync(new NewCorrection(FlagDocument, 1, $"flags/{DismissedFlag}/status", null, "dismissed", "không phải lỗi", "reviewer"));
        await store.AddCorrectionAsync(new NewCorrection(FlagDocument, 1, "figures/0/value", null, "12345.67", null, "reviewer"));
        await store.SetReviewStateAsync(ReviewedDocument, ReviewStates.Reviewed, "reviewer");
    }

    /// <summary>The awards of a report as the corrections leave them, computed here from the report's award list.</summary>
    public IReadOnlyList<Award> CorrectedAwards(long documentId) =>
        documentId == CorrectedDocument
            ? Reports[documentId].Awards.Select((a, i) => i == 0 ? a with { Count = CorrectedCount } : a).ToList()
            : Reports[documentId].Awards;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Scratch.Dispose();
        return Task.CompletedTask;
    }
}

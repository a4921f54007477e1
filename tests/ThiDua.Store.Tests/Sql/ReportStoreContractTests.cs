using ThiDua.Extractors.Model;
using ThiDua.Store;
using ThiDua.Store.Sql;

namespace ThiDua.Store.Tests.Sql;

/// <summary>
/// The contract of <see cref="IReportStore"/>, run once per implementation (SQLite, PostgreSQL): every test opens a fresh,
/// empty store from <see cref="OpenEmptyStoreAsync"/>.
/// </summary>
public abstract class ReportStoreContractTests(StoreFixture fixture)
{
    protected StoreFixture Fixture { get; } = fixture;

    protected abstract Task<SqlReportStore> OpenEmptyStoreAsync();

    [Fact]
    public async Task A_saved_extraction_is_found_by_hash_and_pipeline_version_and_kept_once()
    {
        await using var store = await OpenEmptyStoreAsync();
        var file = StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion);
        Assert.False(await store.HasExtractionAsync(file.Sha256, file.PipelineVersion));

        var saved = await store.SaveAsync(file);
        var again = await store.SaveAsync(file);

        Assert.True(saved.Created);
        Assert.Equal(1, saved.Version);
        Assert.Equal(new SavedExtraction(saved.DocumentId, 1, false), again);
        Assert.True(await store.HasExtractionAsync(file.Sha256, file.PipelineVersion));
        Assert.False(await store.HasExtractionAsync(file.Sha256, "other-version"));
        var stored = await store.GetExtractionAsync(saved.DocumentId);
        Assert.Equal(ThiDua.Extractors.Pipeline.ReportJson.Serialize(Fixture.First.Report!), ThiDua.Extractors.Pipeline.ReportJson.Serialize(stored!.Report!));
        Assert.Equal(ExtractionStatuses.Succeeded, stored.Version.Status);
        Assert.Equal(1, (await store.ListDocumentsAsync(new DocumentQuery())).Total);
    }

    [Fact]
    public async Task A_new_pipeline_version_is_a_new_extraction_version()
    {
        await using var store = await OpenEmptyStoreAsync();
        var file = StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion);
        var first = await store.SaveAsync(file);
        var second = await store.SaveAsync(file with { PipelineVersion = "next" });

        Assert.Equal((first.DocumentId, 2, true), (second.DocumentId, second.Version, second.Created));
        var versions = await store.ListVersionsAsync(first.DocumentId);
        Assert.Equal([Fixture.PipelineVersion, "next"], versions.Select(v => v.PipelineVersion));
        Assert.Equal(2, (await store.GetExtractionAsync(first.DocumentId))!.Version.Version);
        Assert.Equal(Fixture.PipelineVersion, (await store.GetExtractionAsync(first.DocumentId, 1))!.Version.PipelineVersion);
        var summary = await store.GetDocumentAsync(first.DocumentId);
        Assert.Equal((2, 2), (summary!.Versions, summary.LatestVersion));
    }

    [Fact]
    public async Task The_same_bytes_under_two_paths_are_one_document_with_both_paths_and_the_original_bytes()
    {
        await using var store = await OpenEmptyStoreAsync();
        var copy = Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N"), "renamed.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Fixture.First.Path, copy);
        var a = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        var b = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion, copy));

        Assert.Equal(a.DocumentId, b.DocumentId);
        var summary = await store.GetDocumentAsync(a.DocumentId);
        Assert.Equal([Path.GetFullPath(Fixture.First.Path), copy], summary!.Paths);
        await using var bytes = await store.OpenSourceAsync(a.DocumentId);
        using var read = new MemoryStream();
        await bytes!.CopyToAsync(read);
        Assert.Equal(await File.ReadAllBytesAsync(Fixture.First.Path), read.ToArray());
        Assert.Null(await store.OpenSourceAsync(a.DocumentId + 1000));
    }

    [Fact]
    public async Task A_skipped_file_met_under_a_new_path_adds_that_path_once_and_unknown_bytes_add_nothing()
    {
        await using var store = await OpenEmptyStoreAsync();
        var copy = Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N"), "another folder", "000.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Fixture.First.Path, copy);
        var file = StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion);
        var saved = await store.SaveAsync(file);

        Assert.True(await store.AddPathAsync(file.Sha256, copy));
        Assert.True(await store.AddPathAsync(file.Sha256, copy));
        Assert.True(await store.AddPathAsync(file.Sha256, Fixture.First.Path));
        Assert.False(await store.AddPathAsync(new string('0', 64), copy));

        var summary = await store.GetDocumentAsync(saved.DocumentId);
        Assert.Equal(new[] { Path.GetFullPath(Fixture.First.Path), copy }.Order(StringComparer.Ordinal), summary!.Paths.Order(StringComparer.Ordinal));
        Assert.Single(await store.ListVersionsAsync(saved.DocumentId));
        Assert.Equal(1, (await store.ListDocumentsAsync(new DocumentQuery())).Total);
    }

    [Fact]
    public async Task A_failed_file_is_kept_with_its_error_code()
    {
        await using var store = await OpenEmptyStoreAsync();
        var bad = Path.Combine(Fixture.Folder, Guid.NewGuid().ToString("N") + ".docx");
        await File.WriteAllBytesAsync(bad, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var error = new IngestError("x.docx", "corrupt_file", "x.docx: broken");
        var saved = await store.SaveAsync(new IngestedFile(bad, StoreFixture.Sha256(bad), bad, Fixture.PipelineVersion, null, error, TimeSpan.FromMilliseconds(12)));

        var stored = await store.GetExtractionAsync(saved.DocumentId);
        Assert.Null(stored!.Report);
        Assert.Equal(("corrupt_file", "x.docx: broken"), (stored.Error!.Code, stored.Error.Message));
        Assert.Equal(ExtractionStatuses.Failed, stored.Version.Status);
        var failed = await store.ListDocumentsAsync(new DocumentQuery(Status: ExtractionStatuses.Failed));
        Assert.Equal([saved.DocumentId], failed.Items.Select(d => d.Id));
        Assert.Equal("corrupt_file", failed.Items[0].ErrorCode);
    }

    [Fact]
    public async Task Documents_are_queryable_by_their_metadata_with_counts_of_awards_and_flags()
    {
        await using var store = await OpenEmptyStoreAsync();
        var first = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        await store.SaveAsync(StoreFixture.ToIngested(Fixture.Second, Fixture.PipelineVersion));
        var report = Fixture.First.Report!;

        var byIssuer = await store.ListDocumentsAsync(new DocumentQuery(Issuer: report.Document.Issuer));
        Assert.Contains(first.DocumentId, byIssuer.Items.Select(d => d.Id));
        Assert.All(byIssuer.Items, d => Assert.Equal(report.Document.Issuer, d.Issuer));
        var summary = byIssuer.Items.Single(d => d.Id == first.DocumentId);
        Assert.Equal((report.Awards.Count, report.Flags.Count, report.Document.Title), (summary.AwardCount, summary.FlagCount, summary.Title));
        Assert.Equal(report.Flags.Count(f => f.Severity == Vocabulary.Severities.Error), summary.ErrorFlagCount);

        var searchWord = report.Document.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last(w => w.Length > 3).ToUpperInvariant();
        var found = await store.ListDocumentsAsync(new DocumentQuery(Search: searchWord));
        Assert.Contains(first.DocumentId, found.Items.Select(d => d.Id));
        Assert.Empty((await store.ListDocumentsAsync(new DocumentQuery(Search: "không-có-chữ-này"))).Items);

        var page = await store.ListDocumentsAsync(new DocumentQuery(SortBy: "id", Descending: true, Limit: 1));
        Assert.Equal(2, page.Total);
        Assert.Single(page.Items);
        Assert.NotEqual(first.DocumentId, page.Items[0].Id);

        Assert.Equal(report.Awards.Count, await store.CountRowsAsync("awards", first.DocumentId));
        Assert.Equal(report.Figures.Count, await store.CountRowsAsync("figures", first.DocumentId));
        Assert.Equal(report.Flags.Count, await store.CountRowsAsync("flags", first.DocumentId));
        Assert.Equal(report.Checks?.Count ?? 0, await store.CountRowsAsync("checks", first.DocumentId));
    }

    [Fact]
    public async Task The_queryable_rows_hold_each_record_s_values_in_order()
    {
        await using var store = await OpenEmptyStoreAsync();
        var saved = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        var report = Fixture.First.Report!;
        Assert.NotEmpty(report.Figures);
        Assert.NotEmpty(report.Awards);
        Assert.NotEmpty(report.Flags);

        var figures = await store.RowsAsync("figures", "r.ordinal, r.text, r.value, r.unit, r.block_id", "r.ordinal", saved.DocumentId);
        Assert.Equal(
            report.Figures.Select((f, i) => new[] { Text(i), f.Text, Text(f.Value), f.Unit, f.BlockId }),
            figures);
        var awards = await store.RowsAsync("awards", "r.ordinal, r.award, r.recipient, r.count, r.status, r.source_kind, r.block_id, r.quote", "r.ordinal", saved.DocumentId);
        Assert.Equal(
            report.Awards.Select((a, i) => new[] { Text(i), a.Code, a.Recipient, Text(a.Count), a.Status, a.Source.Kind, a.Source.BlockId, a.Source.Quote }),
            awards);
        var flags = await store.RowsAsync("flags", "r.flag_id, r.kind, r.severity, r.message, r.quote, r.block_id", "r.flag_id", saved.DocumentId);
        Assert.Equal(
            report.Flags.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => new[] { f.Id, f.Kind, f.Severity, f.Message, f.Quote, f.Location.BlockId }),
            flags.OrderBy(row => row[0], StringComparer.Ordinal));

        static string? Text(object? value) => value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_report_json_the_caller_serialized_is_kept_as_given()
    {
        await using var store = await OpenEmptyStoreAsync();
        // The CLI serializes once for its output file and hands the text over; the store must keep that text, not its own.
        var given = ThiDua.Extractors.Pipeline.ReportJson.Serialize(Fixture.Second.Report!);
        var saved = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion) with { ReportJson = given });

        var stored = await store.GetExtractionAsync(saved.DocumentId);
        Assert.Equal(given, ThiDua.Extractors.Pipeline.ReportJson.Serialize(stored!.Report!));
    }

    [Fact]
    public async Task Corrections_survive_a_re_extraction_and_come_with_the_export()
    {
        await using var store = await OpenEmptyStoreAsync();
        var saved = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        var correction = await store.AddCorrectionAsync(new NewCorrection(saved.DocumentId, 1, "document/issuer", "old", "new", "typo", "lan"));
        await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, "next"));

        var corrections = await store.ListCorrectionsAsync(saved.DocumentId);
        Assert.Equal([correction], corrections);
        Assert.Equal(("document/issuer", "old", "new", "typo", "lan", 1), (correction.Target, correction.OldValue, correction.NewValue, correction.Comment, correction.User, correction.Version));

        var export = await store.ReadForExportAsync(new ExportFilter()).ToListAsync();
        var item = Assert.Single(export);
        Assert.Equal(2, item.Extraction.Version.Version);
        Assert.Equal([correction], item.Corrections);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AddCorrectionAsync(new NewCorrection(saved.DocumentId + 99, 1, "document/issuer", null, "x", null, "lan")));
    }

    [Fact]
    public async Task Review_state_changes_are_audited_and_the_audit_log_refuses_changes()
    {
        await using var store = await OpenEmptyStoreAsync();
        var saved = await store.SaveAsync(StoreFixture.ToIngested(Fixture.First, Fixture.PipelineVersion));
        Assert.Equal(ReviewStates.Unreviewed, (await store.GetDocumentAsync(saved.DocumentId))!.ReviewState);

        await store.SetReviewStateAsync(saved.DocumentId, ReviewStates.Reviewed, "lan");

        Assert.Equal(ReviewStates.Reviewed, (await store.GetDocumentAsync(saved.DocumentId))!.ReviewState);
        Assert.Single((await store.ListDocumentsAsync(new DocumentQuery(ReviewState: ReviewStates.Reviewed))).Items);
        var audit = await store.ListAuditAsync(saved.DocumentId, 10);
        Assert.Equal(["review_state", "extract"], audit.Select(a => a.Action));
        Assert.Equal(("lan", ReviewStates.Reviewed), (audit[0].User, audit[0].Detail));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SetReviewStateAsync(saved.DocumentId, "done", "lan"));
        await Assert.ThrowsAnyAsync<Exception>(() => store.ExecuteAsync("UPDATE audit_log SET detail = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => store.ExecuteAsync("DELETE FROM audit_log"));
        Assert.Equal(2, (await store.ListAuditAsync(saved.DocumentId, 10)).Count);
    }

    [Fact]
    public async Task Users_are_kept_with_their_role()
    {
        await using var store = await OpenEmptyStoreAsync();
        Assert.Null(await store.GetUserAsync("lan"));
        await store.AddUserAsync("lan", "hash-1", UserRoles.Reviewer);
        await store.AddUserAsync("lan", "hash-2", UserRoles.Viewer);
        Assert.Equal(new UserAccount("lan", "hash-2", UserRoles.Viewer), await store.GetUserAsync("lan"));
    }
}

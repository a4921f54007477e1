using System.Text.Json;
using ThiDua.Extractors.Pipeline;
using ThiDua.Ingest.Cli;
using ThiDua.Store.Tests.Support;

namespace ThiDua.Store.Tests.Diff;

/// <summary><c>thidua diff</c> on two JSON files and on two versions in a real SQLite store, with its exit codes and forms.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Two_json_files_exit_0_when_equal_1_when_different_2_when_unreadable()
    {
        using var scratch = new ScratchFolder();
        var (original, inserted) = ReportDifferTests.OriginalAndInserted();
        var a = scratch.File("a.json");
        var b = scratch.File("b.json");
        var bad = scratch.File("bad.json");
        File.WriteAllText(a, ReportJson.Serialize(original));
        File.WriteAllText(b, ReportJson.Serialize(inserted));
        File.WriteAllText(bad, "{ not json");

        Assert.Equal(0, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a, a]));
        Assert.Equal(1, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a, b, "--json"]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a, bad]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a, scratch.File("missing.json")]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a]));
        Assert.Equal(2, ThiDua.Ingest.Cli.CommandLine.Run(["diff", a, b, "--bogus"]));
    }

    [Fact]
    public void The_plain_form_names_the_change_in_vietnamese_and_english_without_colour_codes_and_the_json_form_validates()
    {
        using var scratch = new ScratchFolder();
        var (original, inserted) = ReportDifferTests.OriginalAndInserted();
        var a = scratch.File("a.json");
        var b = scratch.File("b.json");
        File.WriteAllText(a, ReportJson.Serialize(original));
        File.WriteAllText(b, ReportJson.Serialize(inserted));

        var plain = new StringWriter();
        Assert.Equal(1, new DiffRunner(plain, TextWriter.Null, colour: false).RunFiles(a, b, json: false));
        Assert.Contains("Đoạn văn / Paragraphs (1)", plain.ToString());
        Assert.Contains("+ thêm/added", plain.ToString());
        var escape = plain.ToString().IndexOf("\u001b[", StringComparison.Ordinal);
        Assert.True(escape < 0, escape < 0 ? "" : plain.ToString().Substring(Math.Max(0, escape - 80), 120));

        var coloured = new StringWriter();
        new DiffRunner(coloured, TextWriter.Null, colour: true).RunFiles(a, b, json: false);
        Assert.Contains("\u001b[32m", coloured.ToString());

        var json = new StringWriter();
        new DiffRunner(json, TextWriter.Null, colour: false).RunFiles(a, b, json: true);
        Assert.Empty(DiffSchema.Errors(json.ToString()));
        using var document = JsonDocument.Parse(json.ToString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("corrections").ValueKind);
    }

    [Fact]
    public async Task A_document_with_a_single_version_says_so_instead_of_asking_for_from_and_exits_2()
    {
        using var scratch = new ScratchFolder();
        var source = CorpusReports.Ingest(CorpusReports.Docx("003.docx"));
        var storePath = scratch.File("store.db");
        long documentId;
        await using (var store = ReportStoreFactory.Open(storePath))
        {
            documentId = (await store.SaveAsync(CorpusReports.ToIngested(source, "pipeline-1", source.Report!))).DocumentId;
        }

        var output = new StringWriter();
        var log = new StringWriter();
        var code = await new DiffRunner(output, log, colour: false).RunStoreAsync(storePath, documentId.ToString(), null, null, json: false);

        Assert.Equal(ThiDua.Ingest.Cli.CommandLine.UsageError, code);
        Assert.Equal(2, code);
        var message = log.ToString();
        var vietnamese = message.IndexOf($"Tài liệu #{documentId} (003.docx) chỉ có một phiên bản (v1)", StringComparison.Ordinal);
        var english = message.IndexOf($"Document #{documentId} (003.docx) has only one version (v1)", StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && english > vietnamese, message);
        Assert.DoesNotContain("--from", message, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
        Assert.Equal(0, await new DiffRunner(TextWriter.Null, TextWriter.Null, false).RunStoreAsync(storePath, documentId.ToString(), 1, 1, json: false));
    }

    [Fact]
    public async Task Two_store_versions_default_to_the_latest_two_and_lay_the_latest_against_its_corrections()
    {
        using var scratch = new ScratchFolder();
        var (original, inserted) = ReportDifferTests.OriginalAndInserted();
        var source = CorpusReports.Ingest(CorpusReports.Docx("000.docx"));
        var storePath = scratch.File("store.db");
        long documentId;
        await using (var store = ReportStoreFactory.Open(storePath))
        {
            var first = await store.SaveAsync(CorpusReports.ToIngested(source, "pipeline-1", original));
            var laterReading = inserted with { Source = inserted.Source with { Sha256 = original.Source.Sha256 } };
            var second = await store.SaveAsync(CorpusReports.ToIngested(source, "pipeline-2", laterReading));
            Assert.Equal((first.DocumentId, 2), (second.DocumentId, second.Version));
            documentId = first.DocumentId;
            await store.AddCorrectionAsync(new NewCorrection(documentId, 2, "awards/0/count", original.Awards[0].Count.ToString(), "999", "đếm lại / recounted", "reviewer"));
            await store.AddCorrectionAsync(new NewCorrection(documentId, 2, "awards/0/count", "1", "5", null, "reviewer"));
        }

        var output = new StringWriter();
        var log = new StringWriter();
        var code = await new DiffRunner(output, log, colour: false).RunStoreAsync(storePath, documentId.ToString(), null, null, json: true);

        Assert.True(code == 1, log.ToString());
        Assert.Empty(DiffSchema.Errors(output.ToString()));
        using var document = JsonDocument.Parse(output.ToString());
        var root = document.RootElement;
        Assert.Equal((1, 2), (root.GetProperty("a").GetProperty("version").GetInt32(), root.GetProperty("b").GetProperty("version").GetInt32()));
        var paragraph = Assert.Single(root.GetProperty("paragraphs").EnumerateArray());
        Assert.Equal("added", paragraph.GetProperty("change").GetString());
        var corrections = root.GetProperty("corrections").EnumerateArray().ToList();
        Assert.Equal(2, corrections.Count);
        Assert.True(corrections[0].GetProperty("applied").GetBoolean());
        Assert.Equal(original.Awards[0].Count.ToString(), corrections[0].GetProperty("extractedValue").GetString());
        Assert.False(corrections[1].GetProperty("applied").GetBoolean());
        Assert.Equal("stale", corrections[1].GetProperty("reason").GetString());

        Assert.Equal(1, await new DiffRunner(TextWriter.Null, log, false).RunStoreAsync(storePath, documentId.ToString(), 2, 1, json: false));
        Assert.Equal(2, await new DiffRunner(TextWriter.Null, log, false).RunStoreAsync(storePath, documentId.ToString(), 1, 7, json: false));
        Assert.Equal(2, await new DiffRunner(TextWriter.Null, log, false).RunStoreAsync(storePath, "424242", null, null, json: false));
        Assert.Equal(2, await new DiffRunner(TextWriter.Null, log, false).RunStoreAsync(scratch.File("missing.db"), documentId.ToString(), null, null, json: false));
    }
}

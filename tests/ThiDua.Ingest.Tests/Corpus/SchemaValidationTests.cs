using NJsonSchema;
using ThiDua.Extractors.Pipeline;

namespace ThiDua.Ingest.Tests.Corpus;

/// <summary>Every corpus rendition's output validates against spec/report.schema.json (validated by NJsonSchema, not by hand).</summary>
public sealed class SchemaValidationTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>
    /// NJsonSchema resolves draft-07 <c>definitions</c> but not draft 2020-12 <c>$defs</c>, and ignores <c>const</c>;
    /// the schema uses no other 2020-12-only keyword, so both are rewritten in memory to their draft-07 equivalents
    /// (<c>definitions</c>, a one-value <c>enum</c>); the file stays identical to the spec.
    /// </summary>
    private static JsonSchema LoadSchema()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Spec, "report.schema.json"))
            .Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal)
            .Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"""const"":\s*(""[^""]*""|[-\d.]+|true|false|null)", @"""enum"": [$1]");
        return JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
    }

    public static TheoryData<string, string> AllDocuments()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in CorpusCatalog.All()) data.Add(document.ToString(), document.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllDocuments))]
    public void Output_validates_against_the_schema(string name, string path)
    {
        var json = ReportJson.Serialize(CorpusIngestion.Ingest(path));
        var errors = Schema.Value.Validate(json);
        Assert.True(errors.Count == 0, name + ": " + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void The_validator_rejects_a_report_that_breaks_the_schema()
    {
        var report = CorpusIngestion.Ingest(CorpusCatalog.All("docx").First().Path);
        var broken = ReportJson.Serialize(report).Replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\"", StringComparison.Ordinal);
        var withBadSha = ReportJson.Serialize(report with { Source = report.Source with { Sha256 = "not-a-hash" } });
        Assert.NotEmpty(Schema.Value.Validate(broken));
        Assert.NotEmpty(Schema.Value.Validate(withBadSha));
    }
}

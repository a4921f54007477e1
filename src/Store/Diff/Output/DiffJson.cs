using System.Text.Encodings.Web;
using System.Text.Json;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Output;

/// <summary>The diff's JSON form, the shape of <c>docs/diff.schema.json</c> (Vietnamese written as is, not escaped).</summary>
public static class DiffJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = DiffJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ReportDiff diff) => JsonSerializer.Serialize(diff, Options);

    public static ReportDiff? Deserialize(string json) => JsonSerializer.Deserialize<ReportDiff>(json, Options);
}

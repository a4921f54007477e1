using System.Text.Encodings.Web;
using System.Text.Json;
using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Pipeline;

/// <summary>Serializes reports and error records as readable UTF-8 JSON (Vietnamese letters written as themselves).</summary>
public static class ReportJson
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Context.Report);

    public static string Serialize(IngestError error) => JsonSerializer.Serialize(error, Context.IngestError);

    public static Report? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Report);
}

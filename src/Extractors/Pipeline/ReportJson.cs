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

    /// <summary>The same JSON as <see cref="Serialize(Report)"/>, as UTF-8 bytes, for writing to a file without a UTF-16 string between.</summary>
    public static byte[] SerializeToUtf8Bytes(Report report) => JsonSerializer.SerializeToUtf8Bytes(report, Context.Report);

    public static byte[] SerializeToUtf8Bytes(IngestError error) => JsonSerializer.SerializeToUtf8Bytes(error, Context.IngestError);

    public static string Serialize(IngestError error) => JsonSerializer.Serialize(error, Context.IngestError);

    public static Report? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Report);
}

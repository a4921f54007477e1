using System.Text.Json.Serialization;

namespace ThiDua.Ingest.ReaderHosting;

/// <summary>
/// The reader-process messages as JSON (source generated). A layout's blocks are polymorphic (paragraph or table, by a
/// <c>kind</c> property); computed properties (<c>Text</c>, <c>FootnoteIds</c>) are left out; nested tables may go deep.
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, MaxDepth = 2048, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReaderRequest))]
[JsonSerializable(typeof(ReaderResponse))]
internal sealed partial class ReaderMessageJsonContext : JsonSerializerContext;

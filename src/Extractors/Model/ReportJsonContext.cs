using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>Source-generated System.Text.Json metadata for the canonical model (camelCase, indented, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(IngestError))]
public sealed partial class ReportJsonContext : JsonSerializerContext;

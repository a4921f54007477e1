using System.Text.Json.Serialization;
using ThiDua.Store.Diff.Model;

namespace ThiDua.Store.Diff.Output;

/// <summary>Source-generated System.Text.Json metadata for the diff's JSON form (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDiff))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;

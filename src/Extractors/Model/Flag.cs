using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Model;

/// <summary>A claim the document's own numbers contradict, or a number that cannot be read.</summary>
public sealed record Flag(
    string Id,
    string Kind,
    string Severity,
    string Message,
    [property: JsonConverter(typeof(StatedValueConverter))] StatedValue? Stated,
    decimal? Computed,
    decimal? Tolerance,
    string? Expression,
    string Quote,
    FlagLocation Location);

public sealed record FlagLocation(
    string? SectionPath,
    string? BlockId,
    string? FootnoteId,
    string? TableId,
    int? Row,
    int? Col,
    int? Page);

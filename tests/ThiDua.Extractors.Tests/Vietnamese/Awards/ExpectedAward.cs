using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>One hand-written record of corpus/expected/NNN.awards.json.</summary>
public sealed record ExpectedAward(
    [property: JsonPropertyName("award")] string Award,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("grantor")] string? Grantor,
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("basis")] string? Basis,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("directWorkers")] ExpectedDirectWorkers? DirectWorkers,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("quote")] string Quote);

public sealed record ExpectedDirectWorkers(
    [property: JsonPropertyName("count")] int? Count,
    [property: JsonPropertyName("percent")] decimal? Percent);

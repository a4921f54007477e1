namespace ThiDua.Extractors.Model;

/// <summary>One line of the emulation-and-commendation ledger. Award is a code of spec/awards.tsv.</summary>
public sealed record Award(
    [property: System.Text.Json.Serialization.JsonPropertyName("award")] string Code,
    string? Name,
    string? Level,
    string? Grantor,
    string Recipient,
    int Count,
    string? Basis,
    string Status,
    DirectWorkers? DirectWorkers,
    SourceRef Source);

public sealed record DirectWorkers(int? Count, decimal? Percent);

/// <summary>Where a record came from: Kind <c>text</c> (BlockId) or <c>table</c> (TableId, Row, Col), with the quoted sentence or row.</summary>
public sealed record SourceRef(string Kind, string? BlockId, string? TableId, int? Row, int? Col, string Quote);

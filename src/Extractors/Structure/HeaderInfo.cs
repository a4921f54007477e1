namespace ThiDua.Extractors.Structure;

/// <summary>What the header block says; BodyStart is the index of the first item after it.</summary>
public sealed record HeaderInfo(
    string? Number,
    string? Symbol,
    string? DocType,
    string? Title,
    string? Place,
    Model.PartialDate Date,
    IReadOnlyList<string> IssuerLines,
    int BodyStart);

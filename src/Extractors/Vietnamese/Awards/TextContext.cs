namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>Where a sentence stands: its block (or footnote) id, the level of the enclosing <c>Khen thưởng cấp ...</c> heading, the issuer's level.</summary>
public sealed record TextContext(string BlockId, string? ContextLevel, string? IssuerLevel);

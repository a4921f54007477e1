namespace ThiDua.Extractors.Model;

/// <summary>A normalized number worth keeping: the text as written, its value and unit, and the block it stands in.</summary>
public sealed record Figure(string Text, decimal? Value, string? Unit, string? BlockId);

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>A unit found in text, from Start to End (exclusive).</summary>
public sealed record UnitMatch(UnitDefinition Unit, int Start, int End);

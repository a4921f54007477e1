namespace ThiDua.Store.Diff.Align;

/// <summary>One step of an alignment: items matched (both indexes), only in A (B null) or only in B (A null); Exact when the keys were equal.</summary>
public readonly record struct AlignedPair(int? A, int? B, bool Exact);

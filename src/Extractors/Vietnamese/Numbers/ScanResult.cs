namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>What a scan of one text found: readable quantities in order, and malformed numbers.</summary>
public sealed record ScanResult(IReadOnlyList<Quantity> Quantities, IReadOnlyList<MalformedNumber> Malformed)
{
    public static ScanResult Empty { get; } = new([], []);
}

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>
/// An award named in folded text at [Start, End). Code is an awards.tsv code, or null for a generic mention
/// (<see cref="GenericKind"/> <c>khen_thuong</c> "khen thưởng", <c>danh_hieu</c> "danh hiệu thi đua", <c>co_thi_dua</c> "cờ thi đua") whose code depends on the grantor.
/// </summary>
public sealed record AwardMention(string? Code, string? GenericKind, int Start, int End)
{
    public bool IsGeneric => Code is null;

    public int Length => End - Start;
}

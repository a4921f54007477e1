namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>One row of spec/awards.tsv: the code, who may receive it, the levels that usually grant it and its written names (folded) and the first name as written.</summary>
public sealed record AwardDefinition(
    string Code,
    string Category,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> UsualLevels,
    IReadOnlyList<string> Names,
    string? DisplayName)
{
    /// <summary>The only recipient kind the award admits, or null when it admits several.</summary>
    public string? SingleRecipient => Recipients.Count == 1 ? Recipients[0] : null;

    /// <summary>The only level that usually grants the award, or null when several do.</summary>
    public string? SingleLevel => UsualLevels.Count == 1 ? UsualLevels[0] : null;
}

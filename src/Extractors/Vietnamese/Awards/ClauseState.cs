namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>What a clause without its own award, grantor or verb takes from the clause before it in the same sentence (<c>...khen thưởng 02 tập thể; 01 cá nhân</c>).</summary>
public sealed record ClauseState(AwardMention? Mention, Grantor? Grantor, string Status, string? Basis);

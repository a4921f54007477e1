namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>
/// A number as written in Vietnamese (dots group thousands, a comma marks decimals).
/// Decimals is the count of digits after the decimal comma; HasThousandsGroups tells whether dots grouped the integer part.
/// MalformedReason is set when the writing cannot be read unambiguously.
/// </summary>
public readonly record struct ParsedNumber(decimal Value, int Decimals, bool HasThousandsGroups, string? MalformedReason)
{
    public bool IsMalformed => MalformedReason is not null;
}

namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>A number that cannot be read unambiguously, kept as written with the reason in Vietnamese.</summary>
public sealed record MalformedNumber(string Text, int Start, int End, string Reason);

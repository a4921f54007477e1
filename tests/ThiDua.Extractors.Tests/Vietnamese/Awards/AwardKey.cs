namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>What the scorer compares: (award, level, recipient, count, basis, status).</summary>
public sealed record AwardKey(string Award, string? Level, string Recipient, int Count, string? Basis, string Status)
{
    public override string ToString() => $"{Award}/{Level ?? "-"}/{Recipient}/{Count}/{Basis ?? "-"}/{Status}";
}

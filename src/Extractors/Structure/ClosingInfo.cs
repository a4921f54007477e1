using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Structure;

/// <summary>The closing block: recipients and the signer.</summary>
public sealed record ClosingInfo(IReadOnlyList<string> Recipients, Signer? Signer);

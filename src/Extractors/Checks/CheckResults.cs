using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary>What the checker found in one report: its flags, every recognized claim, and a warning for each check that failed.</summary>
public sealed record CheckResults(IReadOnlyList<Flag> Flags, IReadOnlyList<Check> Checks, IReadOnlyList<string> Warnings);

namespace ThiDua.Extractors.Vietnamese.Awards;

/// <summary>A granting body as normalized for the record (<c>Chủ tịch UBND xã</c>), its level and whether it is a state body (People's Committee, emulation council, government).</summary>
public sealed record Grantor(string Name, string? Level, bool IsStateBody, int Start, int End);

using System.Text.Json;

namespace ThiDua.Extractors.Tests.Vietnamese.Awards;

/// <summary>Loads corpus/expected/NNN.awards.json (a JSON array of <see cref="ExpectedAward"/>).</summary>
public static class ExpectedAwardsFile
{
    public static string PathFor(string report) => Path.Combine(TestPaths.Corpus, "expected", report + ".awards.json");

    public static IReadOnlyList<ExpectedAward> Load(string report) =>
        JsonSerializer.Deserialize<List<ExpectedAward>>(File.ReadAllText(PathFor(report)))
        ?? throw new InvalidDataException("Empty expected awards file for " + report);
}

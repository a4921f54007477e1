using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>corpus/expected/NNN.flags.json: the report it describes and its claims.</summary>
public sealed record ExpectedFlagsFile(
    [property: JsonPropertyName("report")] string Report,
    [property: JsonPropertyName("claims")] IReadOnlyList<ExpectedClaim> Claims)
{
    public static ExpectedFlagsFile Load(string path) =>
        JsonSerializer.Deserialize<ExpectedFlagsFile>(File.ReadAllText(path)) ?? throw new InvalidDataException(path + " is empty");
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>One hand-written claim of corpus/expected/NNN.flags.json: a finding the checker must report (expect "flag") or must not (expect "silent").</summary>
public sealed record ExpectedClaim(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("stated")] JsonElement? Stated,
    [property: JsonPropertyName("computed")] JsonElement? Computed,
    [property: JsonPropertyName("expect")] string Expect,
    [property: JsonPropertyName("why")] string Why)
{
    public bool ExpectsFlag => Expect == "flag";
}

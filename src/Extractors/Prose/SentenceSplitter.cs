using System.Text.RegularExpressions;

namespace ThiDua.Extractors.Prose;

/// <summary>Cuts a text into sentences: at line breaks and after <c>. ! ?</c> followed by a capital or a bullet.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        text.Split('\n')
            .SelectMany(line => Boundary().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();

    [GeneratedRegex(@"(?<=[^\d\s.][.!?]|\d[.!?](?=\s+\p{Lu}))\s+(?=[\p{Lu}\-+*•])")]
    private static partial Regex Boundary();
}

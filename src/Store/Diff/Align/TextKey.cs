using ThiDua.Extractors.Prose;

namespace ThiDua.Store.Diff.Align;

/// <summary>Texts compared as a reader sees them: NFC, runs of white space as one space, trimmed, case ignored.</summary>
internal static class TextKey
{
    public static string Of(string? text) => text is null ? "" : WhiteSpace.Collapse(Nfc.Normalize(text)).Trim().ToLowerInvariant();

    /// <summary>Dice similarity of the two texts' word multisets, 0 (no word shared) to 1 (same words).</summary>
    public static double Similarity(string? a, string? b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        if (wordsA.Count == 0 && wordsB.Count == 0) return 1;
        if (wordsA.Count == 0 || wordsB.Count == 0) return 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in wordsA) counts[word] = counts.GetValueOrDefault(word) + 1;
        var shared = 0;
        foreach (var word in wordsB)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                shared++;
            }
        }

        return 2.0 * shared / (wordsA.Count + wordsB.Count);
    }

    private static List<string> Words(string? text) => Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
}

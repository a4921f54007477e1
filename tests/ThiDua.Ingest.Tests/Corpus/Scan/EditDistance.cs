namespace ThiDua.Ingest.Tests.Corpus.Scan;

/// <summary>Levenshtein distance over characters, and the character error rate of a reading against a reference.</summary>
public static class EditDistance
{
    public static int Of(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Edits to turn the reading into the reference, over the reference's length (whitespace folded).</summary>
    public static double CharacterErrorRate(string reference, string reading)
    {
        var want = Text.Fold(reference);
        var got = Text.Fold(reading);
        return want.Length == 0 ? (got.Length == 0 ? 0 : 1) : (double)Of(want, got) / want.Length;
    }
}
